// The calendar value every deadline is computed over: office hours (effective-dated) plus the
// days off and make-up working days of each year. Plain data, loaded once, never mutated.
import type { Messages } from "../../platform/errors.ts";

/** Units a procedure may state its handling time in (DonViTinh). */
export const UNITS = ["working-days", "working-hours", "days", "months", "same-day"] as const;
export type Unit = (typeof UNITS)[number];

/** One office session of a day, in minutes after local midnight (Vietnam time): [start, end). */
export interface Session {
  start: number;
  end: number;
}

/** Office hours in force from `validFrom` (YYYY-MM-DD, Vietnam date) until the next entry. */
export interface OfficeHoursPeriod {
  validFrom: string;
  sessions: Session[];
  /** ISO weekdays worked: 1 = Monday … 7 = Sunday. */
  weekdays: number[];
  /** Weekdays whose hours differ from `sessions` (a centre open on Saturday mornings). A make-up
   *  working day keeps the normal `sessions` (Ministry notices: a full working day). */
  weekdaySessions?: { weekday: number; sessions: Session[] }[];
  /** Same-day procedures received at or after this minute of the day are due the next working day. */
  sameDayCutoff: number;
}

/** The official notice a day comes from (Ministry of Home Affairs / MOLISA yearly notices). */
export interface Notice {
  number: string;
  date: string;
  title: string;
}

export interface DaySource {
  /** Legal basis, e.g. "Labour Code 2019 Art. 112(1)(b)". */
  basis: string;
  notice?: Notice;
  /** "official": from a cited notice; "assumed": believed official, to be confirmed;
   *  "statutory": generated from the Labour Code rules. */
  origin: "official" | "assumed" | "statutory";
  note?: string;
}

export type DayKind = "day-off" | "working-day";
export type DayStatus = "provisional" | "confirmed";

/** A day that departs from the weekly pattern: a holiday / day off, or a make-up working day. */
export interface DayEntry {
  date: string;
  kind: DayKind;
  name: Messages;
  source: DaySource;
  status: DayStatus;
}

export interface YearDays {
  year: number;
  /** "confirmed" when every entry is confirmed. */
  status: DayStatus;
  entries: DayEntry[];
}

export interface Calendar {
  /** Calendar version in the database (null for built-in data). */
  readonly version: number | null;
  /** Agency whose office hours apply (null: province default). */
  readonly agency: string | null;
  /** Sorted by validFrom; the first one applies to all earlier dates too. */
  readonly officeHours: readonly OfficeHoursPeriod[];
  /** Years held explicitly; any other year uses the statutory proposal (provisional). */
  readonly years: ReadonlyMap<number, YearDays>;
}

// Default office hours for state agencies: 07:00–11:30 and 13:30–17:00, Monday to Friday
// (40-hour week, Decision 188/1999/QĐ-TTg); same-day cut-off 15:00.
export const DEFAULT_OFFICE_HOURS: OfficeHoursPeriod = {
  validFrom: "1900-01-01",
  sessions: [
    { start: 7 * 60, end: 11 * 60 + 30 },
    { start: 13 * 60 + 30, end: 17 * 60 },
  ],
  weekdays: [1, 2, 3, 4, 5],
  sameDayCutoff: 15 * 60,
};

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;
