// The year's cycle of the reform index over HTTP: criteria issued, a self-assessment with a
// locked system sub-criterion, the appraisal (a reason per change), one response, the final
// scores, the 6187 deduction applied and explained, the ranking.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  makeProvince,
  makeUser,
  routesBeside,
  signIn,
  type TestEnv,
  testEnv,
} from "../../../test-support.ts";
import { demoProcedures, upsertProcedure } from "../../catalog/index.ts";
import { SYSTEM_ACTOR } from "../../identity/index.ts";
import { DEFAULT_AREAS, DEFAULT_RULES, reformRoutes } from "../index.ts";

let env: TestEnv;
let codes: Awaited<ReturnType<typeof makeProvince>>;
let homeAffairs: Awaited<ReturnType<typeof signIn>>;
let headA: Awaited<ReturnType<typeof signIn>>;
const Y = "/api/reform/index/2026";

beforeAll(async () => {
  env = await testEnv("2026-11-20T03:00:00Z");
  codes = await makeProvince(env.db);
  // Department A handles 10 procedures, 6 of them online: 60%, under the 70% of letter 6187.
  const procs = demoProcedures({
    province: codes.province,
    departments: [codes.deptA],
    communes: [codes.communeA],
  })
    .slice(0, 10)
    .map((p, i) => ({
      ...p,
      agencies: [codes.deptA],
      onlineLevel: i < 6 ? ("full" as const) : ("none" as const),
    }));
  for (const p of procs)
    await env.db.transaction((tx) =>
      upsertProcedure(tx, p, SYSTEM_ACTOR, new Date("2026-01-01T00:00:00Z"), "test"),
    );
  homeAffairs = await signIn(
    env.app,
    (await makeUser(env.db, [{ role: "home_affairs", agencyCode: codes.deptB }])).username,
  );
  headA = await signIn(
    env.app,
    (await makeUser(env.db, [{ role: "head", agencyCode: codes.deptA }])).username,
  );
});
afterAll(() => env.close());

const subs = DEFAULT_AREAS.flatMap((a) => a.criteria.flatMap((c) => c.subs));
const evidenceSubs = subs.filter((s) => s.scoring.how === "evidence");

describe("reform index: the year's cycle", () => {
  it("issues the criteria; only a manager may", async () => {
    const body = { title: "Bộ Chỉ số CCHC năm 2026", areas: DEFAULT_AREAS, rules: DEFAULT_RULES };
    expect((await headA.call(`${Y}/criteria`, { method: "PUT", body })).status).toBe(403);
    const res = await homeAffairs.call(`${Y}/criteria`, { method: "PUT", body });
    expect(res.status).toBe(200);
  });

  it("refuses a self score on a system-measured sub-criterion, naming it", async () => {
    const res = await headA.call(`${Y}/units/${codes.deptA}/self`, {
      method: "PUT",
      body: { items: [{ sub: "3.1.2", score: 2 }] },
    });
    expect(res.status).toBe(400);
    const p = (await res.json()) as { code: string; errors: { field: string }[] };
    expect(p.code).toBe("reform.locked_sub");
    expect(p.errors[0].field).toBe("items[0].sub");
  });

  it("runs self-assessment → appraisal → one response → final, with the deduction explained", async () => {
    const self = await headA.call(`${Y}/units/${codes.deptA}/self`, {
      method: "PUT",
      body: {
        items: evidenceSubs.map((s) => ({
          sub: s.code,
          score: s.max,
          note: "Có kế hoạch, báo cáo kèm theo",
        })),
        submit: true,
      },
    });
    expect(self.status).toBe(200);
    expect(await self.json()).toEqual({ stage: "submitted" });
    // A lowered score without a reason is refused; with one it is recorded.
    const noReason = await homeAffairs.call(`${Y}/units/${codes.deptA}/appraisal`, {
      method: "POST",
      body: { items: [{ sub: "2.1.1", score: 3 }] },
    });
    expect(noReason.status).toBe(400);
    expect(((await noReason.json()) as { code: string }).code).toBe("reform.reason_required");
    // The satisfaction survey's sub-criterion is the system's figure: not the appraiser's.
    const survey = await homeAffairs.call(`${Y}/units/${codes.deptA}/appraisal`, {
      method: "POST",
      body: { items: [{ sub: "8.1.1", score: 8.5 }] },
    });
    expect(survey.status).toBe(400);
    expect(((await survey.json()) as { code: string }).code).toBe("reform.locked_sub");
    const appraisal = await homeAffairs.call(`${Y}/units/${codes.deptA}/appraisal`, {
      method: "POST",
      body: {
        items: [{ sub: "2.1.1", score: 3, reason: "Chưa rà soát 2 văn bản hết hiệu lực" }],
      },
    });
    expect(appraisal.status).toBe(200);
    const response = {
      method: "POST",
      body: { items: [{ sub: "2.1.1", text: "Đã rà soát bổ sung, gửi kèm quyết định." }] },
    };
    expect((await headA.call(`${Y}/units/${codes.deptA}/response`, response)).status).toBe(200);
    const twice = await headA.call(`${Y}/units/${codes.deptA}/response`, response);
    expect(twice.status).toBe(409);
    const final = await homeAffairs.call(`${Y}/units/${codes.deptA}/final`, {
      method: "POST",
      body: { items: [{ sub: "2.1.1", score: 4, reason: "Chấp nhận một phần phản hồi" }] },
    });
    expect(final.status).toBe(200);

    const unit = (await (await headA.call(`${Y}/units/${codes.deptA}`)).json()) as {
      stage: string;
      total: number;
      result: {
        areas: Record<string, number>;
        deductions: { points: number; vi: string; en: string }[];
        subs: {
          code: string;
          points: number;
          source: string;
          figure?: { numerator: number; denominator: number };
        }[];
      };
    };
    expect(unit.stage).toBe("final");
    const online = unit.result.subs.find((s) => s.code === "3.1.2")!;
    expect(online).toMatchObject({
      source: "system",
      points: 1.2,
      figure: { numerator: 6, denominator: 10 },
    });
    // Area 3: 14.5 − 0.8 (online share 60% of 2 points) = 13.7; minus 20% → 2.74.
    expect(unit.result.areas["3"]).toBe(13.7);
    expect(unit.result.deductions).toHaveLength(1);
    expect(unit.result.deductions[0].points).toBe(2.74);
    expect(unit.result.deductions[0].vi).toContain("60% < 70%");
    expect(unit.result.deductions[0].en).toContain("13.7 × 20% = 2.74");
    expect(unit.result.subs.find((s) => s.code === "2.1.1")).toMatchObject({
      points: 4,
      source: "final",
    });
    // No survey answered yet: 8.1.1 has nothing to count and keeps its 10 points.
    expect(unit.result.subs.find((s) => s.code === "8.1.1")).toMatchObject({
      points: 10,
      source: "system",
      figure: { numerator: 0, denominator: 0 },
    });
    // 100 − 1 (2.1.1: 5 → 4) − 0.8 (3.1.2) − 2.74 = 95.46
    expect(unit.total).toBe(95.46);
  });

  it("ranks the units of each level", async () => {
    const r = (await (await homeAffairs.call(`${Y}/ranking?level=department`)).json()) as {
      units: { code: string; rank: number; total: number; stage: string }[];
    };
    expect(r.units.map((u) => u.code)).toEqual([codes.deptA, codes.deptB]);
    expect(r.units[0]).toMatchObject({ rank: 1, total: 95.46, stage: "final" });
    expect(r.units[1].stage).toBe("none");
  });
});

describe("reform index: issuing a year's criteria", () => {
  const Y27 = "/api/reform/index/2027";
  const problem = async (res: Response) =>
    (await res.json()) as { code: string; errors: { field: string; vi: string; en: string }[] };

  it("starts from the template; refuses wrong sums and unknown figures, naming where, in both languages", async () => {
    const t = (await (await headA.call("/api/reform/criteria-template")).json()) as {
      areas: typeof DEFAULT_AREAS;
      measures: Record<string, { vi: string }>;
    };
    expect(t.areas).toEqual(DEFAULT_AREAS);
    expect(Object.keys(t.measures)).toContain("surveySatisfied");
    const areas = structuredClone(DEFAULT_AREAS);
    areas[1].criteria[0].subs[0].max = 4; // area 2 now sums to 9 but says 10
    const sums = await homeAffairs.call(`${Y27}/criteria`, {
      method: "PUT",
      body: { title: "2027", areas, rules: [] },
    });
    expect(sums.status).toBe(400);
    const p1 = await problem(sums);
    expect(p1.code).toBe("reform.area_max");
    expect(p1.errors[0]).toMatchObject({ field: "areas[1].max" });
    expect(p1.errors[0].vi).toContain("tổng các tiêu chí thành phần là 9");
    expect(p1.errors[0].en).toContain("sum to 9");
    areas[1].max = 9; // consistent area, but the index no longer totals 100
    const total = await homeAffairs.call(`${Y27}/criteria`, {
      method: "PUT",
      body: { title: "2027", areas, rules: [] },
    });
    expect((await problem(total)).code).toBe("reform.index_total");
    const unknown = structuredClone(DEFAULT_AREAS);
    (unknown[2].criteria[0].subs[1].scoring as { measure: string }).measure = "happiness";
    const fig = await homeAffairs.call(`${Y27}/criteria`, {
      method: "PUT",
      body: { title: "2027", areas: unknown, rules: [] },
    });
    expect(fig.status).toBe(400);
    const p3 = await problem(fig);
    expect(p3.errors[0].field).toBe("areas.2.criteria.0.subs.1.scoring.measure");
    expect(p3.errors[0].vi).not.toBe(p3.errors[0].en);
    const ok = await homeAffairs.call(`${Y27}/criteria`, {
      method: "PUT",
      body: { title: "Bộ Chỉ số CCHC năm 2027", areas: DEFAULT_AREAS, rules: DEFAULT_RULES },
    });
    expect(ok.status).toBe(200);
    const got = (await (await headA.call(`${Y27}/criteria`)).json()) as { frozen: boolean };
    expect(got.frozen).toBe(false);
  });
});

describe("reform index: criteria once assessed", () => {
  it("says the year's criteria are frozen once a unit has begun its self-assessment", async () => {
    const got = (await (await headA.call(`${Y}/criteria`)).json()) as { frozen: boolean };
    expect(got.frozen).toBe(true);
  });

  it("refuses to change the criteria of a year that has self-assessments", async () => {
    const res = await homeAffairs.call(`${Y}/criteria`, {
      method: "PUT",
      body: { title: "Sửa", areas: DEFAULT_AREAS, rules: [] },
    });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { code: string }).code).toBe("reform.criteria_in_use");
  });
});

describe("reform index: a cycle step is one transaction", () => {
  const Y28 = "/api/reform/index/2028";
  const appraisal = {
    method: "POST",
    body: { items: [{ sub: "2.1.1", score: 3, reason: "Chưa rà soát 2 văn bản hết hiệu lực" }] },
  };
  /** The reform routes with some ports replaced, called with the Home Affairs officer's session. */
  const brokenApp = (
    swap: (deps: TestEnv["modules"]["reform"]) => TestEnv["modules"]["reform"],
  ) => {
    const deps = swap(env.modules.reform);
    const app = routesBeside(env, deps, (api) => reformRoutes(api, deps));
    return (path: string, init: { method: string; body: unknown }) =>
      app.request(path, {
        method: init.method,
        headers: {
          cookie: homeAffairs.cookie,
          "x-csrf-token": homeAffairs.csrfToken,
          "content-type": "application/json",
        },
        body: JSON.stringify(init.body),
      });
  };
  const state = async () => {
    const stage = await env.db.query<{ stage: string; appraised_at: unknown }>(
      "SELECT stage, appraised_at FROM reform_assessments WHERE year = 2028 AND agency_code = $1",
      [codes.deptA],
    );
    const appraised = await env.db.query(
      "SELECT 1 FROM reform_scores WHERE year = 2028 AND agency_code = $1 AND appraised_score IS NOT NULL",
      [codes.deptA],
    );
    const results = await env.db.query("SELECT 1 FROM reform_results WHERE year = 2028");
    const audit = await env.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_log WHERE action = 'reform.appraised' AND subject_id = $1",
      [`2028/${codes.deptA}`],
    );
    return {
      stage: stage.rows[0]?.stage,
      appraisedAt: stage.rows[0]?.appraised_at ?? null,
      appraisedScores: appraised.rows.length,
      results: results.rows.length,
      audited: audit.rows[0].n,
    };
  };

  it("leaves neither the appraisal nor its audit record when it fails midway", async () => {
    const issued = await homeAffairs.call(`${Y28}/criteria`, {
      method: "PUT",
      body: { title: "Bộ Chỉ số CCHC năm 2028", areas: DEFAULT_AREAS, rules: DEFAULT_RULES },
    });
    expect(issued.status).toBe(200);
    const self = await headA.call(`${Y28}/units/${codes.deptA}/self`, {
      method: "PUT",
      body: { items: evidenceSubs.map((s) => ({ sub: s.code, score: s.max })), submit: true },
    });
    expect(self.status).toBe(200);
    const before = {
      stage: "submitted",
      appraisedAt: null,
      appraisedScores: 0,
      results: 0,
      audited: 0,
    };
    expect(await state()).toEqual(before);

    // The recomputation that follows the change (same transaction) fails: the scores written
    // before it are undone.
    const noFigures = brokenApp((d) => ({
      ...d,
      figures: async () => {
        throw new Error("the system's figures are unavailable");
      },
    }));
    const r1 = await noFigures(`${Y28}/units/${codes.deptA}/appraisal`, appraisal);
    expect(r1.status).toBe(500);
    expect(await state()).toEqual(before);

    // It fails after its audit record is written: the record goes with the change.
    const auditThenFail = brokenApp((d) => ({
      ...d,
      commands: {
        ...d.commands,
        audit: async (tx, actor, at, entry) => {
          await d.commands.audit(tx, actor, at, entry);
          throw new Error("failed after the audit record");
        },
      },
    }));
    const r2 = await auditThenFail(`${Y28}/units/${codes.deptA}/appraisal`, appraisal);
    expect(r2.status).toBe(500);
    expect(await state()).toEqual(before);

    // The same step through the working system: the change, the results and one audit record.
    const ok = await homeAffairs.call(`${Y28}/units/${codes.deptA}/appraisal`, appraisal);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ stage: "appraised" });
    const after = await state();
    expect(after).toMatchObject({ stage: "appraised", audited: 1 });
    expect(after.appraisedScores).toBeGreaterThan(0);
    expect(after.results).toBeGreaterThan(0);
  });
});
