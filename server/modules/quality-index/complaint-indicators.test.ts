import { describe, expect, it } from "vitest";
import { type ComplaintRecord, complaintIndicators } from "./complaint-indicators.ts";
import { calendarDaysJudge as judge } from "./judge.ts";
import { vn } from "./test-fixtures.ts";

const base: ComplaintRecord = {
  code: "K",
  receivedAt: vn("2026-03-02 09:00"),
  class: "regulation",
  likes: 0,
  dislikes: 0,
  raisedAgainUnsatisfied: false,
};
const period = { from: "2026-03-01", to: "2026-03-31" };

describe("complaint indicators (calendar-days judge: a working day = 24 h)", () => {
  it("5.1, 5.2 and 5.3", () => {
    const onTime = {
      ...base,
      code: "K1",
      answeredAt: vn("2026-03-10 09:00"),
      publishedAt: vn("2026-03-11 09:00"),
      likes: 2,
      dislikes: 1,
    };
    const refusedLate = {
      ...base,
      code: "K2",
      class: "behaviour" as const,
      refusedAt: vn("2026-03-05 09:00"),
    }; // 3 days > 2
    const openLate = { ...base, code: "K3" }; // unanswered at 31/03: 29 days > 15
    const disliked = {
      ...base,
      code: "K4",
      answeredAt: vn("2026-03-03 09:00"),
      publishedAt: vn("2026-03-04 09:00"),
      dislikes: 3,
    };
    const r = complaintIndicators(period, [onTime, refusedLate, openLate, disliked], judge);
    expect([r.ratios["5.1"].numerator, r.ratios["5.1"].denominator]).toEqual([3, 4]);
    expect([r.ratios["5.2"].numerator, r.ratios["5.2"].denominator]).toEqual([2, 4]); // K1, K4
    expect([r.ratios["5.3"].numerator, r.ratios["5.3"].denominator]).toEqual([1, 4]); // K1 only
    // Unfinished is on time while (period end − receipt) ≤ 15: to 10/03 it is 8 days.
    const early = complaintIndicators({ from: "2026-03-01", to: "2026-03-10" }, [openLate], judge);
    expect(early.ratios["5.2"].numerator).toBe(1);
  });
});
