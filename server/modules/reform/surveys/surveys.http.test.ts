// A satisfaction survey over HTTP: Home Affairs creates it for a quarter and two communes, the
// applicants of dossiers finished in the quarter receive a single-use link, each link answers
// once and anonymously, the results per unit give the response rate and the scores per question,
// and they feed the reform index; the external indices of the year are entered and read back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeProvince, makeUser, signIn, type TestEnv, testEnv } from "../../../test-support.ts";
import { DEFAULT_AREAS, DEFAULT_RULES } from "../index.ts";
import { surveySatisfied } from "./results.ts";

let env: TestEnv;
let codes: Awaited<ReturnType<typeof makeProvince>>;
let homeAffairs: Awaited<ReturnType<typeof signIn>>;
let head: Awaited<ReturnType<typeof signIn>>;
let surveyId: string;
const tokens = new Map<string, string[]>(); // unit → tokens sent
const BASE = "/api/reform/surveys";

const publicPost = (path: string, body: unknown) =>
  env.app.request(path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

async function finished(code: string, agency: string, finishedAt: string, applicant: object) {
  await env.db.query(
    `INSERT INTO dossiers (code, procedure_code, agency_code, receiving_unit, channel, applicant, status, state, submitted_at, finished_at, secret, updated_at)
     VALUES ($1, '1.000001', $2, $2, 1, $3, 10, 'returned', $4::timestamptz - interval '5 days', $4, 'S3CRET', now())`,
    [code, agency, JSON.stringify(applicant), finishedAt],
  );
}

beforeAll(async () => {
  env = await testEnv("2026-04-05T03:00:00Z");
  codes = await makeProvince(env.db);
  const p = codes.province;
  // Commune A: three dossiers finished in the first quarter with a contact, one without, one
  // finished in 2025; commune B: one with an e-mail, one with a phone only.
  await finished(`${p}-A1`, codes.communeA, "2026-01-15T03:00:00Z", {
    name: "Trần Văn Một",
    email: "mot@example.vn",
  });
  await finished(`${p}-A2`, codes.communeA, "2026-02-15T03:00:00Z", {
    name: "Lê Thị Hai",
    email: "hai@example.vn",
  });
  await finished(`${p}-A3`, codes.communeA, "2026-03-31T16:30:00Z", {
    name: "Phạm Ba",
    email: "ba@example.vn",
  });
  await finished(`${p}-A4`, codes.communeA, "2026-02-01T03:00:00Z", { name: "Không Liên Lạc" });
  await finished(`${p}-A5`, codes.communeA, "2025-12-30T03:00:00Z", {
    name: "Năm Cũ",
    email: "cu@example.vn",
  });
  await finished(`${p}-B1`, codes.communeB, "2026-03-01T03:00:00Z", {
    name: "Võ Bốn",
    email: "bon@example.vn",
  });
  await finished(`${p}-B2`, codes.communeB, "2026-03-02T03:00:00Z", {
    name: "Đỗ Năm",
    phone: "0912345678",
  });
  homeAffairs = await signIn(
    env.app,
    (await makeUser(env.db, [{ role: "home_affairs", agencyCode: codes.deptB }])).username,
  );
  head = await signIn(
    env.app,
    (await makeUser(env.db, [{ role: "head", agencyCode: codes.communeA }])).username,
  );
});
afterAll(() => env.close());

const survey = (units: string[]) => ({
  year: 2026,
  title: "Khảo sát sự hài lòng quý I/2026",
  periodFrom: "2026-01-01",
  periodTo: "2026-03-31",
  units,
  samplePerUnit: 2,
  closesOn: "2026-04-30",
});

const INDEX = (rest: string) => `/api/reform/index/2026/${rest}`;
interface UnitIndex {
  total: number;
  result: { subs: { code: string }[] };
}
let totalBefore = 0;
const unitIndex = async (unit: string) => {
  const res = await head.call(INDEX(`units/${unit}`));
  if (res.status !== 200)
    return (await homeAffairs.call(INDEX(`units/${unit}`))).json() as Promise<UnitIndex>;
  return (await res.json()) as UnitIndex;
};
const sub = (u: UnitIndex, code: string) => u.result.subs.find((s) => s.code === code);

const all = (v: number) => ({ access: v, procedure: v, officers: v, result: v, feedback: v });

describe("satisfaction surveys", () => {
  it("lets Home Affairs create a survey of departments and communes with the default questionnaire", async () => {
    expect((await head.call(BASE, { method: "POST", body: survey([codes.communeA]) })).status).toBe(
      403,
    );
    expect(
      (await homeAffairs.call(BASE, { method: "POST", body: survey([codes.center]) })).status,
    ).toBe(400);
    const res = await homeAffairs.call(BASE, {
      method: "POST",
      body: survey([codes.communeA, codes.communeB]),
    });
    expect(res.status).toBe(200);
    surveyId = ((await res.json()) as { id: string }).id;
    const list = (await (await head.call(`${BASE}?year=2026`)).json()) as {
      surveys: { id: string }[];
    };
    expect(list.surveys.map((s) => s.id)).toEqual([surveyId]);
  });

  it("invites a sample of applicants whose dossiers finished in the period, by a link with an opaque token", async () => {
    expect((await head.call(`${BASE}/${surveyId}/invitations`, { method: "POST" })).status).toBe(
      403,
    );
    const res = await homeAffairs.call(`${BASE}/${surveyId}/invitations`, { method: "POST" });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ invited: { [codes.communeA]: 2, [codes.communeB]: 2 } });
    const sent = await env.db.query<{
      payload: { channel: string; payload: Record<string, string> };
    }>(
      `SELECT jsonb_build_object('channel', channel, 'payload', payload) AS payload FROM outbox
        WHERE channel IN ('email', 'sms') AND subject LIKE $1`,
      [`survey:${surveyId}:%`],
    );
    expect(sent.rows).toHaveLength(4);
    const invited = await env.db.query<{ dossier_code: string; unit_code: string }>(
      "SELECT dossier_code, unit_code FROM reform_survey_invitations WHERE survey_id = $1",
      [surveyId],
    );
    const p = codes.province;
    // Only the quarter's dossiers with a contact: never A4 (no contact) nor A5 (2025).
    for (const r of invited.rows)
      expect([`${p}-A1`, `${p}-A2`, `${p}-A3`, `${p}-B1`, `${p}-B2`]).toContain(r.dossier_code);
    for (const { payload: out } of sent.rows) {
      const m = out.payload;
      const text = m.text ?? m.content;
      const link = /(\S*\/khao-sat#)([A-Za-z0-9_-]{43})/.exec(text);
      expect(link).not.toBeNull();
      // The link carries the token only: no dossier code, name, phone or e-mail.
      expect(link?.[1]).not.toMatch(/[?&=]|@|\d{9}/);
      const to = m.to ?? m.phone;
      const code = invited.rows.find((r) => text.includes(r.dossier_code));
      expect(code).toBeDefined();
      tokens.set(code!.unit_code, [...(tokens.get(code!.unit_code) ?? []), link![2]]);
      expect([
        "mot@example.vn",
        "hai@example.vn",
        "ba@example.vn",
        "bon@example.vn",
        "0912345678",
      ]).toContain(to);
    }
    // The token itself is not stored, only its hash.
    const raw = await env.db.query(
      "SELECT 1 FROM reform_survey_invitations WHERE token_hash = $1",
      [tokens.get(codes.communeA)![0]],
    );
    expect(raw.rows).toHaveLength(0);
    // Inviting again tops the sample up to its size: nobody is invited twice.
    const again = await homeAffairs.call(`${BASE}/${surveyId}/invitations`, { method: "POST" });
    expect(await again.json()).toEqual({ invited: { [codes.communeA]: 0, [codes.communeB]: 0 } });
  });

  it("scores the satisfaction sub-criterion 8.1.1 as nothing to count before any answer", async () => {
    const criteria = {
      title: "Bộ Chỉ số CCHC năm 2026",
      areas: DEFAULT_AREAS,
      rules: DEFAULT_RULES,
    };
    expect(
      (await homeAffairs.call(INDEX("criteria"), { method: "PUT", body: criteria })).status,
    ).toBe(200);
    const u = await unitIndex(codes.communeA);
    expect(sub(u, "8.1.1")).toEqual({
      code: "8.1.1",
      area: "8",
      max: 10,
      points: 10,
      source: "system",
      figure: { measure: "surveySatisfied", numerator: 0, denominator: 0, value: null },
    });
    totalBefore = u.total;
  });

  it("opens the questionnaire for a valid token and refuses an unknown one", async () => {
    const [t] = tokens.get(codes.communeA)!;
    const res = await publicPost("/api/public/surveys/open", { token: t });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      unit: string;
      questions: { id: string; scale: { max: number } }[];
    };
    expect(body.unit).toBe(codes.communeA);
    expect(body.questions.map((q) => q.id)).toEqual([
      "access",
      "procedure",
      "officers",
      "result",
      "feedback",
    ]);
    const unknown = await publicPost("/api/public/surveys/open", { token: "x".repeat(43) });
    expect(unknown.status).toBe(404);
  });

  it("accepts one complete answer per invitation and refuses the second", async () => {
    const [a1, a2] = tokens.get(codes.communeA)!;
    const [b1] = tokens.get(codes.communeB)!;
    const incomplete = await publicPost("/api/public/surveys/answer", {
      token: a1,
      answers: { access: 5 },
    });
    expect(incomplete.status).toBe(400);
    const outOfScale = await publicPost("/api/public/surveys/answer", {
      token: a1,
      answers: all(6),
    });
    expect(outOfScale.status).toBe(400);
    const first = await publicPost("/api/public/surveys/answer", {
      token: a1,
      answers: { ...all(5), result: 3 },
      comment: "Cán bộ hướng dẫn tận tình.",
    });
    expect(first.status).toBe(200);
    const second = await publicPost("/api/public/surveys/answer", { token: a1, answers: all(1) });
    expect(second.status).toBe(404);
    expect(((await second.json()) as { code: string }).code).toBe("reform.invitation_invalid");
    expect((await publicPost("/api/public/surveys/open", { token: a1 })).status).toBe(404);
    expect(
      (await publicPost("/api/public/surveys/answer", { token: a2, answers: all(2) })).status,
    ).toBe(200);
    expect(
      (await publicPost("/api/public/surveys/answer", { token: b1, answers: all(4) })).status,
    ).toBe(200);
  });

  it("keeps answers anonymous: no invitation, dossier, person or instant beside an answer", async () => {
    const cols = await env.db.query<{ column_name: string }>(
      "SELECT column_name FROM information_schema.columns WHERE table_name = 'reform_survey_answers' ORDER BY ordinal_position",
    );
    expect(cols.rows.map((c) => c.column_name)).toEqual([
      "id",
      "survey_id",
      "unit_code",
      "answers",
      "comment",
    ]);
    const rows = await env.db.query<{ row: string }>(
      "SELECT row_to_json(a)::text AS row FROM reform_survey_answers a WHERE survey_id = $1",
      [surveyId],
    );
    expect(rows.rows).toHaveLength(3);
    for (const r of rows.rows)
      expect(r.row).not.toMatch(new RegExp(`${codes.province}-|@|0912345678`));
    const audit = await env.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_log WHERE subject_id = $1 AND action NOT IN ('reform.survey_created', 'reform.survey_invited')",
      [surveyId],
    );
    expect(audit.rows[0].n).toBe(0);
  });

  it("gives results per unit: response rate, mean and share satisfied per question", async () => {
    const res = await head.call(`${BASE}/${surveyId}/results`);
    expect(res.status).toBe(200);
    const r = (await res.json()) as {
      units: {
        unit: string;
        invited: number;
        answered: number;
        responseRate: number;
        satisfiedShare: number;
        questions: { id: string; mean: number; satisfiedShare: number }[];
      }[];
    };
    const a = r.units.find((u) => u.unit === codes.communeA)!;
    expect(a).toMatchObject({ invited: 2, answered: 2, responseRate: 1, satisfiedShare: 0.4 });
    expect(a.questions.find((q) => q.id === "access")).toMatchObject({
      mean: 3.5,
      satisfiedShare: 0.5,
    });
    expect(a.questions.find((q) => q.id === "result")).toMatchObject({
      mean: 2.5,
      satisfiedShare: 0,
    });
    // The commune's head sees the commune only; Home Affairs sees every unit surveyed.
    expect(r.units.map((u) => u.unit)).toEqual([codes.communeA]);
    const every = (await (
      await homeAffairs.call(`${BASE}/${surveyId}/results`)
    ).json()) as typeof r;
    const b = every.units.find((u) => u.unit === codes.communeB)!;
    expect(b).toMatchObject({ invited: 2, answered: 1, responseRate: 0.5, satisfiedShare: 1 });
  });

  it("feeds the reform index the share of satisfied answers of the year per unit", async () => {
    const f = await surveySatisfied(env.db, [codes.communeA, codes.communeB, codes.deptA], 2026);
    expect(f.get(codes.communeA)).toEqual({ numerator: 4, denominator: 10, value: 0.4 });
    expect(f.get(codes.communeB)).toEqual({ numerator: 5, denominator: 5, value: 1 });
    expect(f.has(codes.deptA)).toBe(false);
    expect((await surveySatisfied(env.db, [codes.communeA], 2025)).size).toBe(0);
  });

  it("scores 8.1.1 from the answers, locked, and shows the computation", async () => {
    const a = await unitIndex(codes.communeA);
    // 4 of 10 answers satisfied or better: 10 points × 40% = 4.
    expect(sub(a, "8.1.1")).toMatchObject({
      points: 4,
      source: "system",
      figure: { measure: "surveySatisfied", numerator: 4, denominator: 10, value: 0.4 },
    });
    expect(a.total).toBe(Math.round((totalBefore - 6) * 100) / 100);
    expect(sub(await unitIndex(codes.communeB), "8.1.1")).toMatchObject({
      points: 10,
      figure: { numerator: 5, denominator: 5, value: 1 },
    });
    // Neither the unit nor Home Affairs may enter a score over the survey's.
    const self = await head.call(INDEX(`units/${codes.communeA}/self`), {
      method: "PUT",
      body: { items: [{ sub: "8.1.1", score: 10 }] },
    });
    expect(self.status).toBe(400);
    expect(((await self.json()) as { code: string }).code).toBe("reform.locked_sub");
  });

  it("stores the external indices of a year as Home Affairs enters them", async () => {
    const body = {
      indices: [
        {
          index: "PAR_INDEX",
          score: 86.12,
          maxScore: 100,
          rank: 21,
          ofCount: 63,
          source: "QĐ 263/QĐ-BNV",
        },
        {
          index: "SIPAS",
          score: 81.5,
          maxScore: 100,
          rank: 30,
          ofCount: 63,
          source: "QĐ 263/QĐ-BNV",
        },
      ],
    };
    expect(
      (await head.call("/api/reform/external-indices/2025", { method: "PUT", body })).status,
    ).toBe(403);
    expect(
      (
        await homeAffairs.call("/api/reform/external-indices/2025", {
          method: "PUT",
          body: { indices: [{ index: "XYZ", score: 1, source: "x" }] },
        })
      ).status,
    ).toBe(400);
    expect(
      (await homeAffairs.call("/api/reform/external-indices/2025", { method: "PUT", body })).status,
    ).toBe(200);
    await homeAffairs.call("/api/reform/external-indices/2025", {
      method: "PUT",
      body: { indices: [{ index: "SIPAS", score: 82, source: "QĐ 263/QĐ-BNV (đính chính)" }] },
    });
    const got = (await (await head.call("/api/reform/external-indices/2025")).json()) as {
      indices: { index: string; score: number; rank: number | null }[];
    };
    expect(got.indices.map((i) => [i.index, i.score, i.rank])).toEqual([
      ["PAR_INDEX", 86.12, 21],
      ["SIPAS", 82, null],
    ]);
  });
});
