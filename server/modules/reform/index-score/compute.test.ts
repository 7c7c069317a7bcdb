import { describe, expect, it } from "vitest";
import { computeUnit, rank, systemPoints } from "./compute.ts";
import { checkAreas } from "./criteria.ts";
import { DEFAULT_AREAS, DEFAULT_RULES } from "./template.ts";

const none = { numerator: 0, denominator: 0, value: null };
const full = (n: number) => ({ numerator: n, denominator: n, value: 1 });

describe("reform index computation", () => {
  it("the default criteria add up to 100 over the 8 areas", () => {
    expect(() => checkAreas(DEFAULT_AREAS)).not.toThrow();
    expect(DEFAULT_AREAS.map((a) => a.max)).toEqual([10, 10, 14.5, 11, 16, 7, 16, 15.5]);
  });

  it("refuses an area whose sub-criteria do not add up to its maximum", () => {
    const bad = structuredClone(DEFAULT_AREAS);
    bad[2].max = 15;
    bad[7].max = 15; // still 100 in all: the area's own sum is what is wrong
    expect(() => checkAreas(bad)).toThrow(/14.5/);
  });

  it("refuses areas that do not total 100 points", () => {
    const bad = structuredClone(DEFAULT_AREAS);
    bad[0].criteria[0].subs[0].max = 2;
    bad[0].max = 10.5;
    expect(() => checkAreas(bad)).toThrow(/100.5/);
    expect(() => checkAreas(DEFAULT_AREAS)).not.toThrow();
  });

  it("scores a system figure by bands or in proportion; nothing to count earns the maximum", () => {
    const banded = {
      how: "system" as const,
      measure: "onTimeRate" as const,
      bands: [
        { min: 0.9, share: 0.5 },
        { min: 1, share: 1 },
      ],
    };
    expect(systemPoints(4, banded, { numerator: 93, denominator: 100, value: 0.93 })).toBe(2);
    expect(systemPoints(4, banded, { numerator: 80, denominator: 100, value: 0.8 })).toBe(0);
    expect(
      systemPoints(
        2,
        { how: "system", measure: "digitisedShare" },
        { numerator: 1, denominator: 4, value: 0.25 },
      ),
    ).toBe(0.5);
    expect(systemPoints(2, { how: "system", measure: "digitisedShare" }, none)).toBe(2);
  });

  it("applies the 6187 deduction to a department under 70% of procedures online, with the computation", () => {
    const entered = new Map(
      DEFAULT_AREAS.flatMap((a) => a.criteria.flatMap((c) => c.subs)).map((s) => [
        s.code,
        { self: s.max, appraised: null, final: null },
      ]),
    );
    const figures = {
      onTimeRate: full(50),
      onlineProcedureShare: { numerator: 6, denominator: 10, value: 0.6 },
      tasksOnTime: full(4),
      surveySatisfied: { numerator: 7, denominator: 10, value: 0.7 },
    };
    const dept = computeUnit(
      DEFAULT_AREAS,
      DEFAULT_RULES,
      { level: "department", year: 2026 },
      entered,
      figures,
    );
    // Area 3 at full points: 14.5; 20% of it is 2.9. Procedures online: 2 × 0.6 = 1.2 → area 13.7.
    expect(dept.areas["3"]).toBe(13.7);
    expect(dept.deductions).toHaveLength(1);
    expect(dept.deductions[0].points).toBe(2.74);
    expect(dept.deductions[0].vi).toContain("6/10 = 60% < 70%");
    expect(dept.deductions[0].vi).toContain("13,7 × 20% = 2,74");
    // The survey sub-criterion 8.1.1 comes from the survey's figure (10 × 70% = 7), never from
    // the unit's own score of 10.
    expect(dept.subs.find((s) => s.code === "8.1.1")).toMatchObject({
      points: 7,
      source: "system",
    });
    expect(dept.total).toBe(Math.round((100 - 0.8 - 3 - 2.74) * 100) / 100);
    const commune = computeUnit(
      DEFAULT_AREAS,
      DEFAULT_RULES,
      { level: "commune", year: 2026 },
      entered,
      figures,
    );
    expect(commune.deductions).toEqual([]);
    const before = computeUnit(
      DEFAULT_AREAS,
      DEFAULT_RULES,
      { level: "department", year: 2021 },
      entered,
      figures,
    );
    expect(before.deductions).toEqual([]);
  });

  it("the appraised score overrides the self score, the final overrides both", () => {
    const one = (e: { self: number | null; appraised: number | null; final: number | null }) =>
      computeUnit(
        DEFAULT_AREAS,
        [],
        { level: "commune", year: 2026 },
        new Map([["2.1.1", e]]),
        {},
      ).subs.find((s) => s.code === "2.1.1");
    expect(one({ self: 5, appraised: null, final: null })).toMatchObject({
      points: 5,
      source: "self",
    });
    expect(one({ self: 5, appraised: 3, final: null })).toMatchObject({
      points: 3,
      source: "appraised",
    });
    expect(one({ self: 5, appraised: 3, final: 4 })).toMatchObject({ points: 4, source: "final" });
  });

  it("ranks with shared ranks for equal totals", () => {
    expect(
      rank([
        { code: "a", total: 80 },
        { code: "b", total: 90 },
        { code: "c", total: 80 },
      ]).map((r) => [r.code, r.rank]),
    ).toEqual([
      ["b", 1],
      ["a", 2],
      ["c", 2],
    ]);
  });
});
