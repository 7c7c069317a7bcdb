import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../platform/db.ts";
import { testDb } from "../../platform/testing.ts";
import { lookupOf } from "./dossier-indicators.ts";
import { calendarDaysJudge as judge } from "./judge.ts";
import { queryTotals, rebuild } from "./repository.ts";
import { dossierArb, periodArb, procedureArb } from "./test-fixtures.ts";
import { queryTotalsByAgency } from "./totals-by-agency.ts";

const BASE = "2025-12-10";
let db: Db;
beforeAll(async () => {
  db = await testDb();
});
afterAll(async () => {
  await db?.close();
});

describe("totals of many agencies at once", () => {
  it("equal queryTotals of each agency, for periods across month and year ends", async () => {
    const [procs] = fc.sample(fc.tuple(procedureArb("TP1"), procedureArb("TP2")), {
      numRuns: 1,
      seed: 12,
    });
    const agencies = ["TA1", "TA2", "TA3"];
    const list = fc
      .sample(dossierArb(["TP1", "TP2"], agencies, BASE), { numRuns: 150, seed: 7 })
      .map((d, i) => ({ ...d, code: `T${i}` }));
    await db.transaction((tx) => rebuild(tx, list, lookupOf(procs), judge));
    const periods = [
      ...fc.sample(periodArb(BASE), { numRuns: 6, seed: 8 }),
      { from: "2025-01-01", to: "2025-12-31" },
    ];
    for (const p of periods) {
      const all = await queryTotalsByAgency(db, agencies, p.from, p.to);
      const sums = await queryTotalsByAgency(db, agencies, p.from, p.to, { procedures: false });
      for (const a of agencies) {
        const one = await queryTotals(db, [a], p.from, p.to);
        const got = all.get(a);
        if (!got) expect(one.received + one.handled21).toBe(0);
        else {
          expect(got).toEqual(one);
          expect({ ...sums.get(a), procedures: one.procedures }).toEqual(one);
        }
      }
    }
  });
});
