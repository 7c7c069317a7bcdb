// Vietnam days (UTC+7, no daylight saving) as integers: day n starts at n × 24 h − 7 h UTC.
import { badInput } from "../../platform/errors.ts";

export type DayNo = number;
const DAY_MS = 86_400_000;
const VN_OFFSET_MS = 7 * 3_600_000;

/** The Vietnam calendar day of an instant. */
export function vnDay(ms: number): DayNo {
  return Math.floor((ms + VN_OFFSET_MS) / DAY_MS);
}
/**
 * Date.parse of an instant, with a fast path for the form toISOString writes
 * (YYYY-MM-DDTHH:MM:SS.sssZ) whose fields are plainly in range; anything else goes to Date.parse.
 * Equal to Date.parse for every string (the rebuild parses millions of them).
 */
export function instantMs(s: string): number {
  if (
    s.length !== 24 ||
    s.charCodeAt(4) !== 45 ||
    s.charCodeAt(7) !== 45 ||
    s.charCodeAt(10) !== 84 ||
    s.charCodeAt(13) !== 58 ||
    s.charCodeAt(16) !== 58 ||
    s.charCodeAt(19) !== 46 ||
    s.charCodeAt(23) !== 90
  )
    return Date.parse(s);
  const y = digits(s, 0, 4);
  const mo = digits(s, 5, 2);
  const d = digits(s, 8, 2);
  const h = digits(s, 11, 2);
  const mi = digits(s, 14, 2);
  const se = digits(s, 17, 2);
  const ms = digits(s, 20, 3);
  // Years below 100 (Date.UTC reads them as 19xx), days past 28, 24:00 and the like: Date.parse.
  if (y < 100 || mo < 1 || mo > 12 || d < 1 || d > 28 || h > 23 || mi > 59 || se > 59 || ms < 0)
    return Date.parse(s);
  return Date.UTC(y, mo - 1, d, h, mi, se, ms);
}

/** The decimal number of s[at, at + n), −1 when a character is not a digit. */
function digits(s: string, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
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
