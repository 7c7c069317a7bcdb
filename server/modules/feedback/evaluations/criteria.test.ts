import { describe, expect, it } from "vitest";
import { BUILTIN_CALENDAR } from "../../calendar/index.ts";
import {
  BANDS,
  bandOf,
  CRITERIA,
  CRITERION_IDS,
  MAX_TOTAL,
  type Scores,
  totalOf,
} from "./criteria.ts";
import { DEFAULT_EDIT_WINDOW, editableUntil } from "./window.ts";

const all = (p: 0 | 1 | 2) => Object.fromEntries(CRITERION_IDS.map((id) => [id, p])) as Scores;

describe("evaluation criteria and bands", () => {
  it("has 9 criteria worth 18 points and totals the scores", () => {
    expect(CRITERION_IDS).toHaveLength(9);
    expect(MAX_TOTAL).toBe(18);
    expect(totalOf(all(2))).toBe(18);
    expect(totalOf(all(0))).toBe(0);
    expect(totalOf({ ...all(1), attitude: 2, onlineService: 0 })).toBe(9);
  });

  it("keeps the stored criteria and asks each in a citizen's words, answers mapped to 2, 1, 0", () => {
    expect(CRITERION_IDS).toEqual([
      "handlingTime",
      "agencyTime",
      "contacts",
      "agenciesContacted",
      "oneStop",
      "publicity",
      "attitude",
      "complaintHandling",
      "onlineService",
    ]);
    for (const c of CRITERIA) {
      for (const lang of ["vi", "en"] as const) {
        expect(c.question[lang], c.id).toMatch(/\?$/);
        expect(c.question[lang], c.id).not.toBe(c[lang]);
        const answers = ([2, 1, 0] as const).map((p) => c.answers[p][lang]);
        expect(new Set(answers).size, c.id).toBe(3);
      }
    }
    expect(CRITERIA[0].question.vi).toContain("ngày hẹn");
    expect(CRITERIA[0].answers[2].vi).toBe("Trước ngày hẹn");
    expect(CRITERIA[0].answers[0].vi).toBe("Sau ngày hẹn");
  });

  it("bands the total: excellent > 15, good 12–15 (15 included), fair 9–<12, average 6–<9, weak < 6", () => {
    const cases: [number, string][] = [
      [18, "excellent"],
      [16, "excellent"],
      [15, "good"],
      [12, "good"],
      [11, "fair"],
      [9, "fair"],
      [8, "average"],
      [6, "average"],
      [5, "weak"],
      [0, "weak"],
    ];
    for (const [total, band] of cases) expect(bandOf(total), `total ${total}`).toBe(band);
  });

  it("takes other bands as data", () => {
    const inclusive15 = BANDS.map((b) =>
      b.id === "excellent" ? { ...b, min: 15, above: false } : b,
    );
    expect(bandOf(15, inclusive15)).toBe("excellent");
  });

  it("keeps an evaluation editable for 3 working days by default, skipping the weekend", () => {
    // Thursday 2026-03-05 10:00 Vietnam time → Tuesday 2026-03-10 10:00.
    const until = editableUntil(
      new Date("2026-03-05T03:00:00Z"),
      DEFAULT_EDIT_WINDOW,
      BUILTIN_CALENDAR,
    );
    expect(until.toISOString()).toBe("2026-03-10T03:00:00.000Z");
    const week = editableUntil(
      new Date("2026-03-05T03:00:00Z"),
      { amount: 7, unit: "days" },
      BUILTIN_CALENDAR,
    );
    // 7 calendar days: Thursday 12 March, end of office hours (17:00).
    expect(week.toISOString()).toBe("2026-03-12T10:00:00.000Z");
  });
});
