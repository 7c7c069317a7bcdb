// Vietnam days (UTC+7, no daylight saving) as integers: day n starts at n × 24 h − 7 h UTC.
import { badInput } from "../../platform/errors.ts";

export type DayNo = number;
const DAY_MS = 86_400_000;
const VN_OFFSET_MS = 7 * 3_600_000;

/** The Vietnam calendar day of an instant. */
export function vnDay(ms: number): DayNo {
  return Math.floor((ms + VN_OFFSET_MS) / DAY_MS);
}
/** 00:00:00.000+07:00 of the day. */
export function dayStartMs(day: DayNo): number {
  return day * DAY_MS - VN_OFFSET_MS;
}
/** 23:59:59.999+07:00 of the day. */
export function dayEndMs(day: DayNo): number {
  return dayStartMs(day + 1) - 1;
}

export function parseDay(s: string, field = "date"): DayNo {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const t = m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) : Number.NaN;
  if (!m || new Date(t).toISOString().slice(0, 10) !== s)
    throw badInput(
      "quality_index.bad_date",
      field,
      `không phải ngày YYYY-MM-DD: "${s}"`,
      `not a YYYY-MM-DD date: "${s}"`,
    );
  return t / DAY_MS;
}
export function formatDay(day: DayNo): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** A reporting period of whole Vietnam days, both ends included. */
export interface Period {
  from: string;
  to: string;
}
export interface DayRange {
  F: DayNo;
  E: DayNo;
}
export function periodDays(p: Period): DayRange {
  const F = parseDay(p.from, "from");
  const E = parseDay(p.to, "to");
  if (E < F)
    throw badInput(
      "quality_index.bad_period",
      "to",
      "trước ngày bắt đầu kỳ",
      "is before the period's start (from)",
    );
  return { F, E };
}
