// Office hours: validation and the parsed form used by the day tables.
import { badOfficeHours } from "./errors.ts";
import type { OfficeHoursPeriod, Session } from "./types.ts";
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
  /** Sessions of each ISO weekday (index 1–7): its own hours or the normal ones. */
  flatOf: Float64Array[];
  /** Working ms of each ISO weekday (index 1–7). */
  dailyMsOf: number[];
}

function checkSessions(sessions: Session[], fail: (vi: string, en: string) => never): void {
  if (!sessions.length) fail("cần ít nhất một buổi làm việc", "at least one session is needed");
  let prevEnd = 0;
  for (const s of sessions) {
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
}

function flatten(sessions: Session[]): { flat: Float64Array; dailyMs: number } {
  const flat = new Float64Array(sessions.length * 2);
  let dailyMs = 0;
  sessions.forEach((s, k) => {
    flat[2 * k] = s.start * MINUTE_MS;
    flat[2 * k + 1] = s.end * MINUTE_MS;
    dailyMs += (s.end - s.start) * MINUTE_MS;
  });
  return { flat, dailyMs };
}

/** Throws calendar.bad_office_hours unless the period is well-formed. */
export function validateOfficeHours(p: OfficeHoursPeriod, field = "officeHours"): void {
  const fail = (vi: string, en: string): never => {
    throw badOfficeHours(field, vi, en);
  };
  if (parseIsoDate(p.validFrom) === null)
    fail(`ngày hiệu lực "${p.validFrom}" không hợp lệ`, `bad validFrom "${p.validFrom}"`);
  checkSessions(p.sessions, fail);
  if (!p.weekdays.length || p.weekdays.some((w) => !Number.isInteger(w) || w < 1 || w > 7))
    fail(
      "ngày làm việc trong tuần phải là các số 1 (thứ Hai) đến 7 (Chủ nhật)",
      "weekdays must be 1 (Monday) to 7 (Sunday)",
    );
  const seen = new Set<number>();
  for (const w of p.weekdaySessions ?? []) {
    if (!p.weekdays.includes(w.weekday) || seen.has(w.weekday))
      fail(
        `giờ riêng của thứ ${w.weekday} chỉ đặt một lần cho một ngày làm việc trong tuần`,
        `weekday ${w.weekday}'s own hours must be set once, for a weekday that is worked`,
      );
    seen.add(w.weekday);
    checkSessions(w.sessions, fail);
  }
  if (!Number.isInteger(p.sameDayCutoff) || p.sameDayCutoff < 0 || p.sameDayCutoff > 1440)
    fail("giờ chốt nhận hồ sơ trong ngày không hợp lệ", "bad same-day cut-off");
}

export function parsePeriod(p: OfficeHoursPeriod): ParsedPeriod {
  validateOfficeHours(p);
  const { flat, dailyMs } = flatten(p.sessions);
  const weekdayWorked = Array.from({ length: 8 }, (_, w) => p.weekdays.includes(w));
  const flatOf: Float64Array[] = [];
  const dailyMsOf: number[] = [];
  for (let w = 0; w < 8; w++) {
    const own = p.weekdaySessions?.find((x) => x.weekday === w);
    const f = own ? flatten(own.sessions) : { flat, dailyMs };
    flatOf.push(f.flat);
    dailyMsOf.push(f.dailyMs);
  }
  return {
    from: parseIsoDate(p.validFrom)!,
    period: p,
    flat,
    dailyMs,
    cutoffMs: p.sameDayCutoff * MINUTE_MS,
    weekdayWorked,
    flatOf,
    dailyMsOf,
  };
}
