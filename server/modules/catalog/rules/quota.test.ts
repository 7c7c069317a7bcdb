import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DURATION_UNITS } from "../../../../shared/sync-record.ts";
import { demoSteps } from "../demo/build.ts";
import { durationHours, quotaFit } from "./quota.ts";

describe("the legal time in working hours", () => {
  it("converts each unit by the documented rule", () => {
    expect(durationHours({ value: 3, unit: "working-days" })).toEqual({
      hours: 24,
      approximate: false,
    });
    expect(durationHours({ value: 4, unit: "working-hours" })).toEqual({
      hours: 4,
      approximate: false,
    });
    expect(durationHours({ value: 1, unit: "same-day" })).toEqual({ hours: 8, approximate: false });
    // 20 days → floor(20 × 5/7) = 14 working days (assumed rule).
    expect(durationHours({ value: 20, unit: "days" })).toEqual({ hours: 112, approximate: true });
    // 1 month → 30 days → 21 working days.
    expect(durationHours({ value: 1, unit: "months" })).toEqual({ hours: 168, approximate: true });
  });

  it("accepts quotas that fill the time and refuses one hour more", () => {
    const steps = [{ hours: 2 }, { hours: 16 }, { hours: 6 }];
    expect(quotaFit({ value: 3, unit: "working-days" }, steps)).toMatchObject({
      fits: true,
      stepHours: 24,
      limitHours: 24,
    });
    expect(quotaFit({ value: 3, unit: "working-days" }, [...steps, { hours: 1 }])).toMatchObject({
      fits: false,
      stepHours: 25,
    });
    expect(quotaFit({ value: 1, unit: "same-day" }, [{ hours: 8.5 }]).fits).toBe(false);
  });

  it("the demo's step plans always fit their legal time", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 90 }),
        fc.constantFrom(...DURATION_UNITS),
        fc.constantFrom("standard", "survey", "interagency" as const),
        (value, unit, plan) => {
          const hours = durationHours({ value, unit }).hours;
          fc.pre(hours >= 8);
          const steps = demoSteps({ value, unit }, plan);
          expect(steps.every((s) => s.hours >= 1)).toBe(true);
          expect(quotaFit({ value, unit }, steps).fits).toBe(true);
        },
      ),
    );
  });
});
