// Appraisals of several units at once (PostgreSQL runs them concurrently; PGlite one after the
// other): each recomputes the year's results in its transaction, one recomputation at a time, so
// every appraisal is accepted and the stored ranking shows every committed stage.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeProvince, makeUser, signIn, type TestEnv, testEnv } from "../../../test-support.ts";
import { DEFAULT_AREAS, DEFAULT_RULES } from "../index.ts";

let env: TestEnv;
let codes: Awaited<ReturnType<typeof makeProvince>>;
let homeAffairs: Awaited<ReturnType<typeof signIn>>;
const Y = "/api/reform/index/2026";

beforeAll(async () => {
  env = await testEnv("2026-11-20T03:00:00Z");
  codes = await makeProvince(env.db);
  homeAffairs = await signIn(
    env.app,
    (await makeUser(env.db, [{ role: "home_affairs", agencyCode: codes.deptB }])).username,
  );
});
afterAll(() => env.close());

describe("reform index: appraisals at the same time", () => {
  it("accepts every one and ranks every unit with its committed stage", async () => {
    const issued = await homeAffairs.call(`${Y}/criteria`, {
      method: "PUT",
      body: { title: "Bộ Chỉ số CCHC năm 2026", areas: DEFAULT_AREAS, rules: DEFAULT_RULES },
    });
    expect(issued.status).toBe(200);
    const units = [codes.deptA, codes.deptB, codes.communeA, codes.communeB];
    const items = DEFAULT_AREAS.flatMap((a) => a.criteria.flatMap((c) => c.subs))
      .filter((s) => s.scoring.how === "evidence")
      .map((s) => ({ sub: s.code, score: s.max }));
    for (const unit of units) {
      const head = await signIn(
        env.app,
        (await makeUser(env.db, [{ role: "head", agencyCode: unit }])).username,
      );
      const self = await head.call(`${Y}/units/${unit}/self`, {
        method: "PUT",
        body: { items, submit: true },
      });
      expect(self.status).toBe(200);
    }
    const appraised = await Promise.all(
      units.map((unit) =>
        homeAffairs.call(`${Y}/units/${unit}/appraisal`, {
          method: "POST",
          body: { items: [] },
        }),
      ),
    );
    expect(appraised.map((r) => r.status)).toEqual(units.map(() => 200));
    const ranking = (await (await homeAffairs.call(`${Y}/ranking`)).json()) as {
      units: { code: string; stage: string }[];
    };
    expect(
      ranking.units
        .filter((u) => units.includes(u.code))
        .map((u) => u.stage)
        .sort(),
    ).toEqual(units.map(() => "appraised"));
  });
});
