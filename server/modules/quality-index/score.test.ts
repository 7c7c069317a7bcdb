import { describe, expect, it } from "vitest";
import { ratio } from "./ratios.ts";
import { assembleIndex, band, points } from "./score.ts";

const period = { from: "2026-03-01", to: "2026-03-31" };

describe("scoring", () => {
  it("zero denominator: rate null, score 0", () => {
    const idx = assembleIndex({
      unit: "H58",
      period,
      level: "province",
      ratios: { "2.1": ratio(0, 0) },
    });
    expect(idx.indicators.find((i) => i.id === "2.1")).toEqual({
      id: "2.1",
      numerator: 0,
      denominator: 0,
      rate: null,
      max: 20,
      score: 0,
    });
    expect(idx.total).toBe(0);
  });

  it("linear and threshold scoring", () => {
    // 2.1 linear: 4505/10000 → 45.05 %, 20 × 0.4505 = 9.01
    // 4.2 threshold 80 %: 60 % → 4 × 60/80 = 3; 85 % → 4
    expect(points(0.4505, 20, { kind: "linear" })).toBe(9.01);
    expect(points(0.6, 4, { kind: "threshold", threshold: 80 })).toBe(3);
    expect(points(0.85, 4, { kind: "threshold", threshold: 80 })).toBe(4);
    const idx = assembleIndex({
      unit: "H58",
      period,
      level: "province",
      ratios: { "2.1": ratio(4505, 10000), "4.2": ratio(6, 10) },
    });
    expect(idx.indicators.find((i) => i.id === "2.1")).toEqual({
      id: "2.1",
      numerator: 4505,
      denominator: 10000,
      rate: 45.05,
      max: 20,
      score: 9.01,
    });
    expect(idx.groups.find((g) => g.id === "2")).toEqual({ id: "2", max: 20, score: 9.01 });
    expect(idx.groups.find((g) => g.id === "4")).toEqual({ id: "4", max: 22, score: 3 });
    expect(idx.total).toBe(12.01);
    expect(idx.groups.reduce((s, g) => s + g.max, 0)).toBe(100);
  });

  it("tracking indicators have max 0 and score 0; 1.2 only counts for a province", () => {
    const all = Object.fromEntries(
      ["1.1", "1.2", "1.3", "1.4", "2.2", "3.3"].map((id) => [id, ratio(1, 1)]),
    );
    const commune = assembleIndex({ unit: "H58.27", period, level: "commune", ratios: all });
    expect(commune.indicators.find((i) => i.id === "3.3")).toMatchObject({
      max: 0,
      score: 0,
      rate: 100,
    });
    expect(commune.indicators.find((i) => i.id === "1.2")).toMatchObject({ max: 0, score: 0 });
    expect(commune.groups.find((g) => g.id === "1")).toEqual({ id: "1", max: 14, score: 14 });
    expect(commune.total).toBe(14.58); // 14 of 96 points, rescaled to 100 (assumed)
    expect(commune.indicators.map((i) => i.id)).toContain("4.6");
  });

  it("bands", () => {
    expect(band(80).vi).toBe("Tốt");
    expect(band(79.99).vi).toBe("Khá");
    expect(band(50).vi).toBe("Trung bình");
    expect(band(10).vi).toBe("Yếu");
  });
});
