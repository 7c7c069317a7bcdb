import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../platform/db.ts";
import { testDb } from "../../platform/testing.ts";
import { dossierTotals, lookupOf } from "./dossier-indicators.ts";
import { coveringBuckets, prefixBounds } from "./grains.ts";
import { calendarDaysJudge as judge } from "./judge.ts";
import { applyContribution, queryIndex, queryTotals, rebuild } from "./repository.ts";
import { dossierArb, periodArb, procedureArb } from "./test-fixtures.ts";

// A window across a month end and a year end exercises the day, month and year buckets.
const BASE = "2025-12-10";
let db: Db;
beforeAll(async () => {
  db = await testDb();
});
afterAll(async () => {
  await db?.close();
});

describe("rollup repository", () => {
  it("incremental == rebuild == direct, for units and periods across month and year ends", async () => {
    const [procs] = fc.sample(
      fc.tuple(procedureArb("QP1"), procedureArb("QP2"), procedureArb("QP3")),
      { numRuns: 1, seed: 766 },
    );
    const procOf = lookupOf(procs);
    const agencies = ["QA1", "QA2", "QA3"];
    const gen = dossierArb(["QP1", "QP2", "QP3"], agencies, BASE);
    const first = fc
      .sample(gen, { numRuns: 120, seed: 1 })
      .map((d, i) => ({ ...d, code: `Q${i}` }));
    const second = fc
      .sample(gen, { numRuns: 120, seed: 2 })
      .map((d, i) => ({ ...d, code: `Q${i}` }));
    const periods = [
      ...fc.sample(periodArb(BASE), { numRuns: 12, seed: 3 }),
      { from: "2025-12-01", to: "2026-01-31" },
      { from: "2025-01-01", to: "2025-12-31" },
      { from: "2026-01-01", to: "2026-01-20" },
    ];
    const v = (d: (typeof first)[number]) => ({ dossier: d, procedure: procOf(d.procedure) });

    // Insert all, then change two thirds and delete every fifth, each in its own transaction.
    for (const d of first) await db.transaction((tx) => applyContribution(tx, null, v(d), judge));
    const final = new Map(first.map((d) => [d.code, d]));
    for (let i = 0; i < first.length; i++) {
      if (i % 5 === 0) {
        await db.transaction((tx) => applyContribution(tx, v(first[i]), null, judge));
        final.delete(first[i].code);
      } else if (i % 3 !== 0) {
        await db.transaction((tx) => applyContribution(tx, v(first[i]), v(second[i]), judge));
        final.set(first[i].code, second[i]);
      }
    }
    const records = [...final.values()];
    const units = [["QA1"], ["QA2", "QA3"], agencies];
    const check = async () => {
      for (const p of periods)
        for (const unit of units) {
          const direct = dossierTotals(
            p,
            records.filter((d) => unit.includes(d.agency)),
            procOf,
            judge,
          );
          expect(await queryTotals(db, unit, p.from, p.to), `${unit} ${p.from}..${p.to}`).toEqual(
            direct,
          );
        }
    };
    await check();
    const indexes = async () =>
      (
        await db.query(
          "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE tablename LIKE 'qi_rollup%' ORDER BY 2",
        )
      ).rows;
    const before = await indexes();
    expect(before.length).toBeGreaterThanOrEqual(5);
    await db.transaction((tx) => rebuild(tx, records, procOf, judge));
    await check();
    // The rebuild drops the indexes while it writes: they come back exactly as they were.
    expect(await indexes()).toEqual(before);
    const idx = await queryIndex(db, agencies, "2025-12-01", "2026-01-31", { unit: "Q" });
    expect(idx.indicators.map((i) => i.id)).toContain("4.5b");
    expect(idx.from).toBe("2025-12-01");
  });

  it("covers a period with the fewest buckets", () => {
    expect(coveringBuckets("2025-12-30", "2027-02-02")).toEqual({
      d: ["2025-12-30", "2025-12-31", "2027-02-01", "2027-02-02"],
      m: ["2027-01-01"],
      y: ["2026-01-01"],
    });
    expect(prefixBounds("2026-12-31")).toEqual({
      yearsUntil: "2027-01-01",
      monthsUntil: "2027-01-01",
      to: "2026-12-31",
    });
    expect(prefixBounds("2026-03-31")).toEqual({
      yearsUntil: "2026-01-01",
      monthsUntil: "2026-04-01",
      to: "2026-03-31",
    });
    expect(prefixBounds("2026-03-15")).toEqual({
      yearsUntil: "2026-01-01",
      monthsUntil: "2026-03-01",
      to: "2026-03-15",
    });
  });
});
