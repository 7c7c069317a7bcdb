import { describe, expect, it } from "vitest";
import { addWeekdays, procedureIndicators } from "./procedure-indicators.ts";
import { procedure } from "./test-fixtures.ts";

const period = { from: "2026-01-01", to: "2026-01-31" };

describe("procedure indicators", () => {
  it("1.1 on time when announced ≤ effective date − 5 working days (province)", () => {
    // Effective Thu 15/01; − 5 working days = Thu 08/01. A: 05/01 on time. B: 09/01 late. C: December, out.
    const a = procedure({
      code: "A",
      announcedAt: "2026-01-05",
      legalBasisEffectiveAt: "2026-01-15",
    });
    const b = procedure({
      code: "B",
      announcedAt: "2026-01-09",
      legalBasisEffectiveAt: "2026-01-15",
    });
    const c = procedure({
      code: "C",
      announcedAt: "2025-12-20",
      legalBasisEffectiveAt: "2026-01-15",
    });
    const r = procedureIndicators({
      period,
      procedures: [a, b, c],
      level: "province",
      addWorkingDays: addWeekdays,
    });
    expect([r.ratios["1.1"].numerator, r.ratios["1.1"].denominator]).toEqual([1, 2]);
    expect(r.failures.map((f) => [f.indicator, f.procedure])).toContainEqual(["1.1", "B"]);
  });

  it("1.2 counts published-in-period and overdue unpublished; 1.3 and 3.5a", () => {
    // A: decision Mon 05/01, published 08/01 ≤ 12/01 (5 WD): on time. B: published 20/01: late.
    // C: decision 05/01, unpublished at 31/01, due 12/01: in the denominator, late. 1.2 = 1/3.
    const a = procedure({ code: "A", announcedAt: "2026-01-05", publishedAt: "2026-01-08" });
    const b = procedure({
      code: "B",
      announcedAt: "2026-01-05",
      publishedAt: "2026-01-20",
      steps: [],
    });
    const c = procedure({
      code: "C",
      announcedAt: "2026-01-05",
      publishedAt: null,
      fees: [{ name: "Phí", amount: 0 }],
      onlineLevel: "none",
    });
    const r = procedureIndicators({
      period,
      procedures: [a, b, c],
      level: "province",
      addWorkingDays: addWeekdays,
      onlineDossierProcedures: ["A"],
    });
    expect([r.ratios["1.2"].numerator, r.ratios["1.2"].denominator]).toEqual([1, 3]);
    // 1.3: published {A, B}; B has no steps → 1/2.
    expect([r.ratios["1.3"].numerator, r.ratios["1.3"].denominator]).toEqual([1, 2]);
    // 3.1: online {A, B} / 3; 3.2: with online dossiers {A} / {A, B}; 3.5a: non-zero fees {A, B} / {A, B, C}.
    expect([r.ratios["3.1"].numerator, r.ratios["3.1"].denominator]).toEqual([2, 3]);
    expect([r.ratios["3.2"].numerator, r.ratios["3.2"].denominator]).toEqual([1, 2]);
    expect([r.ratios["3.5a"].numerator, r.ratios["3.5a"].denominator]).toEqual([2, 3]);
  });
});
