import { describe, expect, it } from "vitest";
import { whyLate } from "../accountability/compliance.ts";
import { indicatorLosses } from "./losses.ts";
import { averageHandling } from "./procedure-view.ts";
import { rulesFor } from "./rules.ts";
import { assembleIndex, bandOf } from "./score.ts";

const period = { from: "2026-03-01", to: "2026-03-31" };
const rules = rulesFor(period.to);
const r = (numerator: number, denominator: number) => ({
  numerator,
  denominator,
  value: denominator ? numerator / denominator : null,
});

describe("what costs points, by indicator", () => {
  it("puts the largest loss first, 0/0 indicators included with what to do about them", () => {
    const index = assembleIndex({
      unit: "A1",
      period,
      level: "commune",
      ratios: { "1.4": r(9, 10), "2.1": r(5, 10), "3.4": r(6, 12), "5.4": r(5, 10) },
    });
    const losses = indicatorLosses(index, [], rules);
    // 2.1 at 5/10 loses 10 of 20: the largest; 5.2 (0/0) loses all its 6 points, 4.2 (0/0) its 4.
    expect(losses[0]).toMatchObject({ indicator: "2.1", lost: 10, missingData: false });
    const lost = losses.map((l) => l.lost);
    expect(lost).toEqual([...lost].sort((a, b) => b - a));
    const complaints = losses.find((l) => l.indicator === "5.2")!;
    expect(complaints).toMatchObject({ lost: 6, missingData: true, numerator: 0, denominator: 0 });
    expect(complaints.advice.vi).toMatch(/^Chưa ghi nhận phản ánh, kiến nghị/);
    expect(complaints.advice.en).toMatch(/^No complaint/);
    expect(losses.find((l) => l.indicator === "1.2")).toBeUndefined(); // not scored for a commune
    expect(losses.find((l) => l.indicator === "2.2")).toBeUndefined(); // tracking only
  });

  it("rates a unit without any dossier as no data, not as weak", () => {
    const none = assembleIndex({ unit: "A1", period, level: "commune", ratios: {} });
    expect(bandOf(none)).toEqual({ vi: "Chưa có dữ liệu", en: "No data" });
    const some = assembleIndex({
      unit: "A1",
      period,
      level: "commune",
      ratios: { "1.4": r(1, 1) },
    });
    expect(bandOf(some).vi).toBe("Yếu");
  });
});

describe("2.2 in a unit a person reads", () => {
  it("turns the mean share of the legal time into the procedure's own unit", () => {
    // Two dossiers using 50 % and 100 % of 3 working days: 2.25 → 2.3 working days on average.
    expect(
      averageHandling(
        { finished22: 2, handling22: 5_000 + 10_000 },
        { value: 3, unit: "working-days" },
      ),
    ).toEqual({
      value: 2.3,
      unit: "working-days",
      finished: 2,
      legal: { value: 3, unit: "working-days" },
    });
    expect(
      averageHandling({ finished22: 0, handling22: 0 }, { value: 3, unit: "days" }),
    ).toBeNull();
  });
});

describe("why a dossier counts as late", () => {
  it("names a second supplement request and a finish after the appointment", () => {
    const w = whyLate(
      {
        dueAt: new Date("2026-03-05T02:00:00Z"),
        endAt: new Date("2026-03-06T05:00:00Z"),
        supplementRequests: 2,
      },
      new Date("2026-03-10T00:00:00Z"),
    );
    expect(w.vi).toBe(
      "Yêu cầu bổ sung 2 lần: từ lần thứ hai hồ sơ tính là trễ hạn; Kết thúc xử lý lúc 12:00 06/03/2026, sau hẹn trả 09:00 05/03/2026 (trễ 1 ngày 3 giờ)",
    );
    expect(w.en).toContain(
      "Handling ended 12:00 06/03/2026, after the appointment 09:00 05/03/2026 (1 day 3 hours late)",
    );
  });
});
