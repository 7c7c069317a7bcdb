// Adapter to the calendar module: working-time arithmetic for one agency's calendar.
import {
  BUILTIN_CALENDAR,
  type Calendar,
  type CalendarCache,
  dueAt,
  workingTimeBetween,
} from "../calendar/index.ts";
import type { CalendarFor, WorkCalendar } from "./ports.ts";

export function workCalendar(cal: Calendar): WorkCalendar {
  return {
    dueAt: (start, duration, unit) => dueAt(start, duration, unit, cal),
    workingMinutesBetween: (a, b) => workingTimeBetween(a, b, cal),
    addWorkingMinutes: (from, minutes) =>
      minutes <= 0 ? from : dueAt(from, minutes / 60, "working-hours", cal),
  };
}

const builtin = workCalendar(BUILTIN_CALENDAR);

/** The built-in calendar (official days off 2024–2026, statutory proposal otherwise). */
export const builtinCalendarFor: CalendarFor = async () => builtin;

/** Each agency's calendar from the calendar module's cache (office hours, days off in force). */
export function calendarsFrom(cache: CalendarCache): CalendarFor {
  return async (sql, agencyCode) => workCalendar(await cache.get(agencyCode, sql));
}
