// Working-time arithmetic over the day tables. Working time is measured in milliseconds inside
// this module and reported in minutes by workingTimeBetween(). A session is half-open [start,
// end): 17:00 itself is not a working moment, but a due moment may be a session end.
import { tableOfDay, type YearTable, yearTable } from "./day-table.ts";
import { noWorkingTime } from "./errors.ts";
import type { Calendar } from "./types.ts";
import { dayIndexOf, instantAt, MINUTE_MS, msOfDay } from "./vn-time.ts";

/** How many years ahead a search may look before giving up (a calendar without working days). */
const MAX_YEARS_AHEAD = 200;

/** Working ms of a day's sessions before `m` ms after midnight. */
function workedBefore(flat: Float64Array, m: number): number {
  let w = 0;
  for (let k = 0; k < flat.length; k += 2) {
    if (m <= flat[k]) break;
    w += Math.min(m, flat[k + 1]) - flat[k];
  }
  return w;
}

/** Position of an instant: working ms since the start of its year, in its year table. */
function positionIn(t: YearTable, ms: number, day: number): number {
  const i = day - t.first;
  const s = t.sessions[i];
  return t.cum[i] + (s ? workedBefore(s, msOfDay(ms, day)) : 0);
}

/**
 * The earliest instant u ≥ start at which `durationMs` of working time has elapsed since start.
 * When the time runs out exactly at a session end, u is that session end (11:30, 17:00), not
 * the start of the next session. Zero duration returns start itself.
 */
export function addWorkingMs(cal: Calendar, start: number, durationMs: number): number {
  if (durationMs <= 0) return start;
  const day = dayIndexOf(start);
  let t = tableOfDay(cal, day);
  let target = positionIn(t, start, day) + durationMs;
  let lo = day - t.first;
  for (let hops = 0; target > t.cum[t.n]; hops++) {
    if (hops > MAX_YEARS_AHEAD) throw noWorkingTime();
    target -= t.cum[t.n];
    t = yearTable(cal, t.year + 1);
    lo = 0;
  }
  // Smallest day j with cum[j + 1] >= target: then cum[j] < target, so day j is a working day.
  const cum = t.cum;
  let hi = t.n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cum[mid + 1] >= target) hi = mid;
    else lo = mid + 1;
  }
  let r = target - cum[lo];
  const flat = t.sessions[lo]!;
  for (let k = 0; k < flat.length; k += 2) {
    const len = flat[k + 1] - flat[k];
    if (r <= len) return instantAt(t.first + lo, flat[k] + r);
    r -= len;
  }
  return instantAt(t.first + lo, flat[flat.length - 1]);
}

/** Working ms between two instants (negative when b is before a). */
export function workingMsBetween(cal: Calendar, a: number, b: number): number {
  if (b < a) return -workingMsBetween(cal, b, a);
  const da = dayIndexOf(a);
  const db = dayIndexOf(b);
  let t = tableOfDay(cal, da);
  const pa = positionIn(t, a, da);
  let sum = -pa;
  while (db >= t.first + t.n) {
    sum += t.cum[t.n];
    t = yearTable(cal, t.year + 1);
  }
  return sum + positionIn(t, b, db);
}

/** Working minutes between a and b (fractional when the instants are not whole minutes). */
export function workingTimeBetween(a: Date, b: Date, cal: Calendar): number {
  return workingMsBetween(cal, a.getTime(), b.getTime()) / MINUTE_MS;
}

/** True when t lies inside an office session of a working day. */
export function isWorkingMoment(t: Date, cal: Calendar): boolean {
  const ms = t.getTime();
  const day = dayIndexOf(ms);
  const flat = sessionsOn(cal, day);
  if (!flat) return false;
  const m = msOfDay(ms, day);
  for (let k = 0; k < flat.length; k += 2) if (m >= flat[k] && m < flat[k + 1]) return true;
  return false;
}

/** Sessions of a day number, null on a day off. */
export function sessionsOn(cal: Calendar, day: number): Float64Array | null {
  const t = tableOfDay(cal, day);
  return t.sessions[day - t.first];
}

/** The first working day on or after `day`. */
export function workingDayOnOrAfter(cal: Calendar, day: number): number {
  for (let d = day; d < day + 366 * MAX_YEARS_AHEAD; d++) if (sessionsOn(cal, d)) return d;
  throw noWorkingTime();
}

/** t itself when it is a working moment, otherwise the start of the next office session. */
export function nextWorkingMoment(t: Date, cal: Calendar): Date {
  const ms = t.getTime();
  const day = dayIndexOf(ms);
  const flat = sessionsOn(cal, day);
  if (flat) {
    const m = msOfDay(ms, day);
    for (let k = 0; k < flat.length; k += 2) {
      if (m < flat[k]) return new Date(instantAt(day, flat[k]));
      if (m < flat[k + 1]) return t;
    }
  }
  const next = workingDayOnOrAfter(cal, day + 1);
  return new Date(instantAt(next, sessionsOn(cal, next)![0]));
}

/** End of office hours (end of the last session) of a working day. */
export function endOfOfficeHours(cal: Calendar, day: number): number {
  const flat = sessionsOn(cal, day)!;
  return instantAt(day, flat[flat.length - 1]);
}
