import { describe, expect, it } from "vitest";
import { whatCosts } from "./costs.ts";
import { lookupOf } from "./dossier-indicators.ts";
import { forecast } from "./forecast.ts";
import { calendarDaysJudge as judge } from "./judge.ts";
import { procedure, withEvents } from "./test-fixtures.ts";

const procOf = lookupOf([procedure()]);
const period = { from: "2026-03-01", to: "2026-03-31" };
const unit = { unit: "A1", level: "commune" as const, period, procedureOf: procOf, judge };

describe("what costs points", () => {
  it("lists late and unsynchronised dossiers with their marginal points, highest first", () => {
    const ok = withEvents("2026-03-02 09:00", "2026-03-05 09:00", ["handled@2026-03-03 09:00"], {
      code: "OK",
      status: 9,
      result: { code: "K", file: "f" },
    });
    const twice = withEvents(
      "2026-03-02 09:00",
      "2026-03-20 09:00",
      [
        "supplement-requested@2026-03-03 09:00",
        "supplement-completed@2026-03-04 09:00",
        "supplement-requested@2026-03-05 09:00",
        "handled@2026-03-06 09:00",
      ],
      { code: "TWICE", status: 9, result: { code: "K", file: "f" } },
    );
    const unsynced = withEvents(
      "2026-03-02 09:00",
      "2026-03-05 09:00",
      ["handled@2026-03-03 09:00"],
      { code: "NOSYNC", status: 9, syncedToPortal: false, channel: 2, result: null },
    );
    const items = whatCosts({ ...unit, dossiers: [ok, twice, unsynced] });
    // 2.1 = 2/3; fixing TWICE → 3/3: 20 × 1/3 = 6.67 points.
    expect(items[0]).toMatchObject({
      indicator: "2.1",
      code: "TWICE",
      en: "second supplement request",
      points: 6.67,
    });
    // 1.4 = 2/3 → 3/3: 6 × 1/3 = 2.
    expect(items).toContainEqual(
      expect.objectContaining({
        indicator: "1.4",
        code: "NOSYNC",
        en: "not synchronised",
        points: 2,
      }),
    );
    expect(items).toContainEqual(
      expect.objectContaining({
        indicator: "4.1",
        code: "NOSYNC",
        en: "received online, result is a document, no electronic result",
      }),
    );
    expect(items.map((i) => i.points)).toEqual(
      [...items.map((i) => i.points)].sort((a, b) => b - a),
    );
  });
});

describe("forecast", () => {
  it("scores open dossiers as finishing on their appointment date and ranks those at risk", () => {
    const open1 = withEvents("2026-03-02 09:00", "2026-03-12 09:00", [], { code: "O1" });
    const open2 = withEvents("2026-03-02 09:00", "2026-03-11 09:00", [], { code: "O2" });
    const late = withEvents("2026-03-02 09:00", "2026-03-04 09:00", [], { code: "LATE" }); // already past due
    const f = forecast(
      { ...unit, dossiers: [open1, open2, late] },
      new Date("2026-03-10T02:00:00Z"),
    );
    // Forecast 2.1 = {O1, O2} / 3.
    expect(f.index.indicators.find((i) => i.id === "2.1")).toMatchObject({
      numerator: 2,
      denominator: 3,
    });
    expect(f.atRisk.map((a) => a.code)).toEqual(["O2", "O1"]); // same cost, sooner due first
    expect(f.atRisk[0].points).toBeGreaterThan(0);
  });
});
