// The calendar without a database: official data shipped with the code where we have it,
// the statutory proposal (provisional) for every other year.
import { validateOfficeHours } from "./office-hours.ts";
import { OFFICIAL_YEARS } from "./official-notices.ts";
import { statutoryYear } from "./statutory.ts";
import {
  type Calendar,
  DEFAULT_OFFICE_HOURS,
  type OfficeHoursPeriod,
  type YearDays,
} from "./types.ts";

/** The built-in days of a year: official data (2024–2026) or the statutory proposal. */
export function builtinYear(year: number): YearDays {
  const official = OFFICIAL_YEARS.get(year);
  const entries = official ? official.map((e) => ({ ...e })) : statutoryYear(year);
  const status = entries.every((e) => e.status === "confirmed") ? "confirmed" : "provisional";
  return { year, status, entries };
}

export interface CalendarInput {
  version?: number | null;
  agency?: string | null;
  officeHours?: OfficeHoursPeriod[];
  years?: Iterable<YearDays>;
}

/** Builds a Calendar value; years not given fall back to builtinYear() when used. */
export function createCalendar(input: CalendarInput = {}): Calendar {
  const officeHours = [
    ...(input.officeHours?.length ? input.officeHours : [DEFAULT_OFFICE_HOURS]),
  ].sort((a, b) => (a.validFrom < b.validFrom ? -1 : a.validFrom > b.validFrom ? 1 : 0));
  officeHours.forEach((p, i) => {
    validateOfficeHours(p, `officeHours[${i}]`);
  });
  const years = new Map<number, YearDays>();
  for (const y of input.years ?? []) years.set(y.year, y);
  return Object.freeze({
    version: input.version ?? null,
    agency: input.agency ?? null,
    officeHours: Object.freeze(officeHours),
    years,
  });
}

/** The days of `year` in a calendar: held explicitly, or the built-in data. */
export function yearDays(cal: Calendar, year: number): YearDays {
  return cal.years.get(year) ?? builtinYear(year);
}

/** Built-in calendar with default office hours: what the CLI uses without a database. */
export const BUILTIN_CALENDAR: Calendar = createCalendar();
