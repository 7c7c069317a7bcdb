// The demo's reform step on a fresh store: letter 6187 as a directive with its sections as tasks,
// the units' reports and late flags, the year's index with the 6187 deduction on the Department
// of Industry and Trade (2 of 5 procedures online).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../platform/clock.ts";
import type { Db } from "../platform/db.ts";
import { testDb } from "../platform/testing.ts";
import { seedDemo } from "./index.ts";
import { LETTER_6187_SECTIONS } from "./letter-6187.ts";
import { reformStep } from "./reform.ts";

let db: Db;
const clock = fixedClock("2026-11-20T03:00:00Z");

beforeAll(async () => {
  db = await testDb();
  await seedDemo(db, clock, () => {}, [reformStep(() => new Date("2025-07-01T00:00:00+07:00"))]);
}, 120_000);
afterAll(() => db.close());

describe("demo: reform", () => {
  it("loads letter 6187 with its sections as tasks for the departments and communes", async () => {
    const r = await db.query<{ ref: string; units: number }>(
      `SELECT t.ref, count(u.agency_code)::int AS units FROM reform_tasks t JOIN reform_directives d ON d.id = t.directive_id
         JOIN reform_task_units u ON u.task_id = t.id WHERE d.number = '6187/UBND-KSTT' GROUP BY t.ref ORDER BY t.ref`,
    );
    expect(r.rows.map((x) => x.ref)).toEqual(LETTER_6187_SECTIONS.map((s) => s.ref).sort());
    const all = r.rows.find((x) => x.ref === "1.a")!;
    expect(all.units).toBeGreaterThan(100); // 15 departments + 102 communes and wards
    expect(r.rows.find((x) => x.ref === "2.a")!.units).toBe(1); // Home Affairs
  });

  it("flags the late units to their heads and is idempotent on a second run", async () => {
    const n = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM notifications WHERE kind = 'task_late' AND role = 'head'",
    );
    expect(n.rows[0].n).toBeGreaterThan(0);
    await seedDemo(db, clock, () => {}, [reformStep(() => new Date("2025-07-01T00:00:00+07:00"))]);
    const again = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM reform_directives");
    expect(again.rows[0].n).toBe(1);
  });

  it("deducts 20% of area 3 from the Department of Industry and Trade, and ranks every unit", async () => {
    const r = await db.query<{
      detail: { deductions: { points: number; vi: string }[]; areas: Record<string, number> };
    }>("SELECT detail FROM reform_results WHERE year = 2026 AND agency_code = 'H58.05'");
    const d = r.rows[0].detail;
    expect(d.deductions).toHaveLength(1);
    expect(d.deductions[0].vi).toContain("2/5 = 40% < 70%");
    expect(d.deductions[0].points).toBeCloseTo(d.areas["3"] * 0.2, 2);
    const ranks = await db.query<{ level: string; n: number }>(
      "SELECT level, count(*)::int AS n FROM reform_results WHERE year = 2026 GROUP BY level ORDER BY level",
    );
    expect(ranks.rows).toEqual([
      { level: "commune", n: 102 },
      { level: "department", n: 15 },
    ]);
  });
});
