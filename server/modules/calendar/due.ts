// Due moments for every unit a procedure may state its handling time in.
import { periodOn } from "./day-table.ts";
import { badDuration, badInstant, badUnit } from "./errors.ts";
import type { Calendar, Unit } from "./types.ts";
import { UNITS } from "./types.ts";
import { civilFromDayIndex, dayIndexFromCivil, dayIndexOf, msOfDay } from "./vn-time.ts";
import {
  addWorkingMs,
  endOfOfficeHours,
  nextWorkingMoment,
  sessionsOn,
  workingDayOnOrAfter,
} from "./working-time.ts";

const HOUR_MS = 3_600_000;
/** Largest duration accepted in any unit (about a century of working days). */
export const MAX_DURATION = 36_500;

export interface DueDetail {
  /** The instant the clock starts: start itself, or the next working moment after it. */
  clockStart: number;
  due: number;
  /** days/months: the nominal last day before the day-off rule moved it (day number). */
  nominalEndDay?: number;
}

/** Throws calendar.bad_unit / calendar.bad_duration for input no unit accepts. */
export function checkDueInput(
  duration: number,
  unit: string,
  field = { duration: "duration", unit: "unit" },
): Unit {
  if (!(UNITS as readonly string[]).includes(unit)) throw badUnit(field.unit, unit);
  const integer = unit === "days" || unit === "months" || unit === "same-day";
  const ok =
    Number.isFinite(duration) &&
    duration >= 0 &&
    duration <= MAX_DURATION &&
    (!integer || Number.isInteger(duration));
  if (!ok || (unit === "same-day" && duration > 1))
    throw badDuration(field.duration, String(duration), integer);
  return unit as Unit;
}

/** The day-off rule of Civil Code 2015 Art. 148: end of office hours of the day, or of the next working day. */
function endOfDayOrNextWorkingDay(cal: Calendar, day: number): number {
  return endOfOfficeHours(cal, workingDayOnOrAfter(cal, day));
}

export function computeDue(start: Date, duration: number, unit: Unit, cal: Calendar): DueDetail {
  const ms = start.getTime();
  if (!Number.isFinite(ms)) throw badInstant("start", String(start));
  checkDueInput(duration, unit);
  if (unit === "working-hours") {
    const due = addWorkingMs(cal, ms, duration * HOUR_MS);
    return { clockStart: nextWorkingMoment(start, cal).getTime(), due };
  }
  // Received outside office hours: the clock starts at the next working moment (Decree 118/2025).
  const clockStart = nextWorkingMoment(start, cal).getTime();
  const startDay = dayIndexOf(clockStart);
  if (unit === "working-days") {
    // 1 working day = the daily office hours in force on the clock-start day (8 h by default).
    const due = addWorkingMs(cal, clockStart, duration * periodOn(cal, startDay).dailyMs);
    return { clockStart, due };
  }
  if (unit === "same-day") {
    // Received at or after the cut-off (15:00 by default): due at the end of the next working day.
    const late = msOfDay(clockStart, startDay) >= periodOn(cal, startDay).cutoffMs;
    const day = late ? workingDayOnOrAfter(cal, startDay + 1) : startDay;
    return { clockStart, due: endOfOfficeHours(cal, day) };
  }
  let end: number;
  if (unit === "days") {
    // Civil Code 2015 Art. 147–148: counted from the day after the start; ends at the end of office
    // hours of the Nth day after the start day, or of the next working day when that is a day off.
    end = startDay + duration;
  } else {
    // Civil Code 2015 Art. 148: the corresponding day N months later, or that month's last day.
    const [y, m, d] = civilFromDayIndex(startDay);
    const months = y * 12 + (m - 1) + duration;
    const ty = Math.floor(months / 12);
    const tm = (months % 12) + 1;
    const lastDay = dayIndexFromCivil(tm === 12 ? ty + 1 : ty, tm === 12 ? 1 : tm + 1, 1) - 1;
    end = Math.min(dayIndexFromCivil(ty, tm, d), lastDay);
  }
  return { clockStart, due: endOfDayOrNextWorkingDay(cal, end), nominalEndDay: end };
}

/** The instant at which `duration` `unit`s from `start` run out under calendar `cal`. */
export function dueAt(start: Date, duration: number, unit: Unit, cal: Calendar): Date {
  if (unit === "working-days" || unit === "working-hours")
    return new Date(fastWorkingDue(start, duration, unit, cal));
  return new Date(computeDue(start, duration, unit, cal).due);
}

/** Working units without building the detail: the hot path (≥ 1 M/s). */
function fastWorkingDue(start: Date, duration: number, unit: Unit, cal: Calendar): number {
  const ms = start.getTime();
  if (!Number.isFinite(ms)) throw badInstant("start", String(start));
  checkDueInput(duration, unit);
  if (unit === "working-hours") return addWorkingMs(cal, ms, duration * HOUR_MS);
  const day = dayIndexOf(ms);
  const flat = sessionsOn(cal, day);
  // The clock-start day is the start day when the start is before that day's last session end.
  const startDay =
    flat && msOfDay(ms, day) < flat[flat.length - 1]
      ? day
      : dayIndexOf(nextWorkingMoment(start, cal).getTime());
  return addWorkingMs(cal, ms, duration * periodOn(cal, startDay).dailyMs);
}
