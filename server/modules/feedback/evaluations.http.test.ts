import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lookupInit, makeProvince, makeUser } from "../../test-support.ts";
import {
  type FeedbackTestEnv,
  feedbackTestEnv,
  putDossier,
  signInAt as signIn,
} from "./test-env.ts";

let env: FeedbackTestEnv;
beforeAll(async () => {
  env = await feedbackTestEnv();
});
afterAll(() => env.close());

const START = "2026-03-02T02:00:00Z"; // Monday 09:00 Vietnam time
const scores = (p: 0 | 1 | 2, over: Record<string, number> = {}) => ({
  handlingTime: p,
  agencyTime: p,
  contacts: p,
  agenciesContacted: p,
  oneStop: p,
  publicity: p,
  attitude: p,
  complaintHandling: p,
  onlineService: p,
  ...over,
});
const form = (
  secret: string | undefined,
  p: 0 | 1 | 2 = 2,
  extra: Record<string, unknown> = {},
) => ({
  ...(secret ? { secret } : {}),
  scores: scores(p),
  convenience: "very-satisfied",
  overall: "satisfied",
  reaction: "like",
  ...extra,
});
const post = (path: string, body: unknown, method = "POST", headers: Record<string, string> = {}) =>
  env.api.request(path, {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
type Problem = {
  code: string;
  status: number;
  messages: { vi: string; en: string };
  errors?: { field: string }[];
};

async function setting() {
  const codes = await makeProvince(env.db);
  const reception = await makeUser(env.db, [{ role: "reception", agencyCode: codes.communeA }]);
  const handler = await makeUser(
    env.db,
    [{ role: "handler", agencyCode: codes.communeA }],
    "Trần Thị Bình",
  );
  const returned = await putDossier(
    env.db,
    {
      agencyCode: codes.communeA,
      receivingUnit: codes.communeA,
      status: 10,
      receivedBy: reception,
      handler: { id: handler.id, name: handler.fullName },
    },
    new Date(START),
  );
  return { codes, reception, handler, returned };
}

describe("evaluations of a dossier's handling", () => {
  it("refuses to evaluate a dossier whose result is not returned (422), in both languages", async () => {
    env.clock.set(START);
    const codes = await makeProvince(env.db);
    const d = await putDossier(
      env.db,
      { agencyCode: codes.communeA, receivingUnit: codes.communeA, status: 4 },
      new Date(START),
    );
    const r = await post(`/api/dossiers/${d.code}/evaluation`, form(d.secret));
    expect(r.status).toBe(422);
    const p = (await r.json()) as Problem;
    expect(p.code).toBe("feedback.not_returned");
    expect(p.messages.vi).toContain("chưa trả kết quả");
    expect(p.messages.en).toContain("not had its result returned");
  });

  it("takes one evaluation with the secret, totals and bands it, and refuses a second (409)", async () => {
    env.clock.set(START);
    const { returned } = await setting();
    const r = await post(
      `/api/dossiers/${returned.code}/evaluation`,
      form(returned.secret, 2, { scores: scores(2, { onlineService: 1, attitude: 0 }) }),
    );
    expect(r.status).toBe(200);
    const e = (await r.json()) as {
      total: number;
      band: string;
      via: string;
      editableUntil: string;
    };
    expect(e).toMatchObject({ total: 15, band: "good", via: "secret" });
    // Monday 09:00 + 3 working days = Thursday 09:00.
    expect(e.editableUntil).toBe("2026-03-05T02:00:00.000Z");
    const again = await post(`/api/dossiers/${returned.code}/evaluation`, form(returned.secret));
    expect(again.status).toBe(409);
    expect(((await again.json()) as Problem).code).toBe("feedback.already_evaluated");
    const audit = await env.db.query<{ action: string }>(
      "SELECT action FROM audit_log WHERE subject_id = $1",
      [returned.code],
    );
    expect(audit.rows.map((a) => a.action)).toEqual(["evaluation.given"]);
  });

  it("refuses a wrong secret, an anonymous evaluation and a missing criterion (naming it)", async () => {
    env.clock.set(START);
    const { returned } = await setting();
    expect(
      (await post(`/api/dossiers/${returned.code}/evaluation`, form("SAI-MA-BI-MAT"))).status,
    ).toBe(403);
    expect((await post(`/api/dossiers/${returned.code}/evaluation`, form(undefined))).status).toBe(
      403,
    );
    const { attitude: _, ...eight } = scores(2);
    const missing = await post(`/api/dossiers/${returned.code}/evaluation`, {
      ...form(returned.secret),
      scores: eight,
    });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as Problem).errors?.[0].field).toBe("scores.attitude");
    const bad = await post(`/api/dossiers/${returned.code}/evaluation`, {
      ...form(returned.secret),
      scores: scores(2, { contacts: 3 }),
    });
    expect(((await bad.json()) as Problem).errors?.[0].field).toBe("scores.contacts");
  });

  it("lets a reception officer of the receiving unit evaluate on the applicant's behalf, not one of another commune", async () => {
    env.clock.set(START);
    const { codes, reception, returned } = await setting();
    const other = await makeUser(env.db, [{ role: "reception", agencyCode: codes.communeB }]);
    const o = await signIn(env.api, other.username);
    expect(
      (
        await o.call(`/api/dossiers/${returned.code}/evaluation`, {
          method: "POST",
          body: form(undefined),
        })
      ).status,
    ).toBe(403);
    const s = await signIn(env.api, reception.username);
    const r = await s.call(`/api/dossiers/${returned.code}/evaluation`, {
      method: "POST",
      body: form(undefined, 1),
    });
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({
      via: "counter",
      total: 9,
      band: "fair",
      byName: reception.fullName,
    });
  });

  it("lets the signed-in applicant who submitted online evaluate without the secret", async () => {
    env.clock.set(START);
    const codes = await makeProvince(env.db);
    const citizen = await makeUser(
      env.db,
      [{ role: "applicant", agencyCode: codes.province }],
      "Lê Văn Công",
    );
    const stranger = await makeUser(env.db, [{ role: "applicant", agencyCode: codes.province }]);
    const d = await putDossier(
      env.db,
      {
        agencyCode: codes.deptA,
        receivingUnit: codes.center,
        status: 10,
        channel: 2,
        submittedBy: citizen,
      },
      new Date(START),
    );
    expect(
      (
        await (
          await signIn(env.api, stranger.username)
        ).call(`/api/dossiers/${d.code}/evaluation`, { method: "POST", body: form(undefined) })
      ).status,
    ).toBe(403);
    const r = await (await signIn(env.api, citizen.username)).call(
      `/api/dossiers/${d.code}/evaluation`,
      { method: "POST", body: form(undefined, 0) },
    );
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({ via: "applicant", total: 0, band: "weak" });
  });

  it("edits within the window (audited before/after) and refuses after it", async () => {
    env.clock.set(START);
    const { returned } = await setting();
    await post(`/api/dossiers/${returned.code}/evaluation`, form(returned.secret, 1));
    env.clock.set("2026-03-04T09:00:00Z"); // Wednesday 16:00: inside the 3 working days
    const edited = await post(
      `/api/dossiers/${returned.code}/evaluation`,
      form(returned.secret, 2, { reaction: "dislike" }),
      "PUT",
    );
    expect(edited.status).toBe(200);
    expect(await edited.json()).toMatchObject({
      total: 18,
      band: "excellent",
      reaction: "dislike",
      edits: 1,
      editable: true,
    });
    const audit = await env.db.query<{
      details: { before: { total: number }; after: { total: number } };
    }>("SELECT details FROM audit_log WHERE subject_id = $1 AND action = 'evaluation.edited'", [
      returned.code,
    ]);
    const details =
      typeof audit.rows[0].details === "string"
        ? JSON.parse(audit.rows[0].details)
        : audit.rows[0].details;
    expect([details.before.total, details.after.total]).toEqual([9, 18]);
    env.clock.set("2026-03-05T02:00:01Z"); // Thursday 09:00:01: one second too late
    const late = await post(
      `/api/dossiers/${returned.code}/evaluation`,
      form(returned.secret, 0),
      "PUT",
    );
    expect(late.status).toBe(409);
    const p = (await late.json()) as Problem;
    expect(p.code).toBe("feedback.evaluation_locked");
    expect(p.messages.en).toContain("can no longer be edited");
    const read = await env.api.request(
      `/api/dossiers/${returned.code}/evaluation/view`,
      lookupInit(returned.secret),
    );
    expect(await read.json()).toMatchObject({ total: 18, editable: false });
  });

  it("summarises per agency and per officer within the reader's scope", async () => {
    env.clock.set(START);
    const { codes, handler, reception } = await setting();
    const givers = [2, 1, 0] as const;
    for (const p of givers) {
      const d = await putDossier(
        env.db,
        {
          agencyCode: codes.communeA,
          receivingUnit: codes.communeA,
          status: 10,
          receivedBy: reception,
          handler: { id: handler.id, name: handler.fullName },
        },
        new Date(START),
      );
      await post(
        `/api/dossiers/${d.code}/evaluation`,
        form(d.secret, p, {
          reaction: p === 0 ? "dislike" : "like",
          convenience: p === 0 ? "not-satisfied" : "satisfied",
        }),
      );
    }
    const leaderA = await makeUser(env.db, [{ role: "leader", agencyCode: codes.communeA }]);
    const leaderB = await makeUser(env.db, [{ role: "leader", agencyCode: codes.communeB }]);
    const a = await signIn(env.api, leaderA.username);
    const byAgency = (await (
      await a.call("/api/evaluations/summary?by=agency&from=2026-03-01&to=2026-03-31")
    ).json()) as { summaries: Record<string, unknown>[] };
    expect(byAgency.summaries).toHaveLength(1);
    expect(byAgency.summaries[0]).toMatchObject({
      key: codes.communeA,
      count: 3,
      meanTotal: 9,
      bands: { excellent: 1, good: 0, fair: 1, average: 0, weak: 1 },
      likes: 2,
      dislikes: 1,
      convenience: {
        satisfied: { count: 2, share: 66.67 },
        "not-satisfied": { count: 1, share: 33.33 },
      },
    });
    const byOfficer = (await (
      await a.call("/api/evaluations/summary?by=officer&from=2026-03-01&to=2026-03-31")
    ).json()) as { summaries: { key: string; officerName: string; count: number }[] };
    expect(byOfficer.summaries.map((s) => [s.key, s.count]).sort()).toEqual(
      [
        [handler.id, 3],
        [reception.id, 3],
      ].sort(),
    );
    const b = await signIn(env.api, leaderB.username);
    const none = (await (
      await b.call("/api/evaluations/summary?from=2026-03-01&to=2026-03-31")
    ).json()) as { summaries: unknown[] };
    expect(none.summaries).toEqual([]);
    expect(
      (
        await b.call(
          `/api/evaluations/summary?agency=${codes.communeA}&from=2026-03-01&to=2026-03-31`,
        )
      ).status,
    ).toBe(403);
    const outOfPeriod = (await (
      await a.call("/api/evaluations/summary?from=2026-04-01&to=2026-04-30")
    ).json()) as { summaries: unknown[] };
    expect(outOfPeriod.summaries).toEqual([]);
  });
});
