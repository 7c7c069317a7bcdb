// How a dossier's elapsed time is measured against its procedure's legal duration. The real
// implementation comes from the calendar module (working hours, holidays, make-up days); this
// module only needs the two operations below, injected.
import type { Duration, DurationUnit } from "../../../shared/sync-record.ts";

export interface DurationJudge {
  /** True when the working time from receivedAt to end is more than the legal duration. */
  exceeds(receivedAt: Date, end: Date, duration: Duration): boolean;
  /** Working time from a to b in the given unit (fractional). */
  workingTimeBetween(a: Date, b: Date, unit: DurationUnit): number;
}

const HOUR = 3_600_000;
const UNIT_MS: Record<DurationUnit, number> = {
  "working-hours": HOUR,
  "working-days": 24 * HOUR,
  days: 24 * HOUR,
  months: 30 * 24 * HOUR,
  "same-day": 24 * HOUR,
};

/**
 * FOR TESTS ONLY: treats every unit as plain elapsed time (a working day = 24 h, a month = 30
 * days, no holidays). Monotone in `end`, which is all the rollup needs. Production wires the
 * calendar module's judge instead.
 */
export const calendarDaysJudge: DurationJudge = {
  workingTimeBetween: (a, b, unit) => (b.getTime() - a.getTime()) / UNIT_MS[unit],
  exceeds(receivedAt, end, d) {
    const limit = d.unit === "same-day" ? 1 : d.value;
    return (end.getTime() - receivedAt.getTime()) / UNIT_MS[d.unit] > limit;
  },
};

/** One judge for every dossier, or the judge of each dossier's agency (its own calendar). */
export type JudgeFor = DurationJudge | ((agency: string) => DurationJudge);

export function judgeOf(j: JudgeFor, agency: string): DurationJudge {
  return typeof j === "function" ? j(agency) : j;
}
