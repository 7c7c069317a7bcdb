// Does the internal process fit inside the legal handling time? Quotas are in working hours
// (Decree 118/2025/NĐ-CP: each step's time is set in the internal process within the total).
import type { Duration, ProcedureStep } from "../types.ts";

/** One working day = the office's daily working hours, 8 by default (shared spec calendar.md). */
export const HOURS_PER_WORKING_DAY = 8;

export interface QuotaFit {
  fits: boolean;
  /** Sum of the steps' quotas. */
  stepHours: number;
  /** The legal time in working hours. */
  limitHours: number;
  /** True when the limit was derived from calendar days or months by the assumed rule. */
  approximate: boolean;
}

/**
 * The legal time in working hours:
 * - working-days × 8, working-hours as is;
 * - same-day: one working day (8 h; received after the cut-off it is due the next working day);
 * - days: floor(days × 5/7) working days × 8 — assumed (a five-day week; holidays ignored);
 * - months: 30 days a month, then the days rule — assumed.
 */
export function durationHours(d: Duration): { hours: number; approximate: boolean } {
  switch (d.unit) {
    case "working-hours":
      return { hours: d.value, approximate: false };
    case "working-days":
      return { hours: d.value * HOURS_PER_WORKING_DAY, approximate: false };
    case "same-day":
      return { hours: HOURS_PER_WORKING_DAY, approximate: false };
    case "days":
      return { hours: Math.floor((d.value * 5) / 7) * HOURS_PER_WORKING_DAY, approximate: true };
    case "months":
      return {
        hours: Math.floor((d.value * 30 * 5) / 7) * HOURS_PER_WORKING_DAY,
        approximate: true,
      };
  }
}

export function quotaFit(duration: Duration, steps: Pick<ProcedureStep, "hours">[]): QuotaFit {
  const { hours, approximate } = durationHours(duration);
  const stepHours = Math.round(steps.reduce((s, x) => s + x.hours, 0) * 100) / 100;
  return { fits: stepHours <= hours, stepHours, limitHours: hours, approximate };
}
