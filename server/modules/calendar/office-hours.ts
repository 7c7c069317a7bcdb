// Office hours: validation and the parsed form used by the day tables.
import { badOfficeHours } from "./errors.ts";
import type { OfficeHoursPeriod } from "./types.ts";
import { MINUTE_MS, parseIsoDate } from "./vn-time.ts";

export interface ParsedPeriod {
  from: number;
  period: OfficeHoursPeriod;
  /** Sessions in ms after midnight, flat: [start0, end0, start1, end1, …]. */
  flat: Float64Array;
  dailyMs: number;
  cutoffMs: number;
  /** weekdayWorked[isoWeekday] */
  weekdayWorked: boolean[];
}

/** Throws calendar.bad_office_hours unless the period is well-formed. */
export function validateOfficeHours(p: OfficeHoursPeriod, field = "officeHours"): void {
  const fail = (vi: string, en: string) => {
    throw badOfficeHours(field, vi, en);
  };
  if (parseIsoDate(p.validFrom) === null)
    fail(`ngày hiệu lực "${p.validFrom}" không hợp lệ`, `bad validFrom "${p.validFrom}"`);
  if (!p.sessions.length) fail("cần ít nhất một buổi làm việc", "at least one session is needed");
  let prevEnd = 0;
  for (const s of p.sessions) {
    const ok =
      Number.isInteger(s.start) &&
      Number.isInteger(s.end) &&
      s.start >= prevEnd &&
      s.end > s.start &&
      s.end <= 1440;
    if (!ok)
      fail(
        "các buổi làm việc phải tăng dần, không chồng nhau, trong 00:00–24:00",
        "sessions must be ascending, non-overlapping, within 00:00–24:00",
      );
    prevEnd = s.end;
  }
  if (!p.weekdays.length || p.weekdays.some((w) => !Number.isInteger(w) || w < 1 || w > 7))
    fail(
      "ngày làm việc trong tuần phải là các số 1 (thứ Hai) đến 7 (Chủ nhật)",
      "weekdays must be 1 (Monday) to 7 (Sunday)",
    );
  if (!Number.isInteger(p.sameDayCutoff) || p.sameDayCutoff < 0 || p.sameDayCutoff > 1440)
    fail("giờ chốt nhận hồ sơ trong ngày không hợp lệ", "bad same-day cut-off");
}

export function parsePeriod(p: OfficeHoursPeriod): ParsedPeriod {
  validateOfficeHours(p);
  const flat = new Float64Array(p.sessions.length * 2);
  let dailyMs = 0;
  p.sessions.forEach((s, k) => {
    flat[2 * k] = s.start * MINUTE_MS;
    flat[2 * k + 1] = s.end * MINUTE_MS;
    dailyMs += (s.end - s.start) * MINUTE_MS;
  });
  const weekdayWorked = Array.from({ length: 8 }, (_, w) => p.weekdays.includes(w));
  return {
    from: parseIsoDate(p.validFrom)!,
    period: p,
    flat,
    dailyMs,
    cutoffMs: p.sameDayCutoff * MINUTE_MS,
    weekdayWorked,
  };
}
