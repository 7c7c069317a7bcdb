// Row shapes of the calendar tables and their mapping to calendar values.
import type { DayEntry, DayKind, DaySource, DayStatus, OfficeHoursPeriod } from "./types.ts";

export interface StoredDay extends DayEntry {
  id: number;
  version: number;
  removedVersion: number | null;
  createdBy: string;
  createdAt: Date;
  removedBy: string | null;
  removedAt: Date | null;
}

export interface StoredOfficeHours extends OfficeHoursPeriod {
  id: number;
  agency: string | null;
  version: number;
  removedVersion: number | null;
}

export interface DayRow {
  id: number;
  day: string;
  kind: string;
  name_vi: string;
  name_en: string;
  basis: string;
  origin: string;
  note: string | null;
  notice_number: string | null;
  notice_date: string | null;
  notice_title: string | null;
  status: string;
  version: number;
  removed_version: number | null;
  created_by: string;
  created_at: Date;
  removed_by: string | null;
  removed_at: Date | null;
}

export interface OfficeHoursRow {
  id: number;
  agency_code: string | null;
  valid_from: string;
  sessions: { start: number; end: number }[];
  weekdays: number[];
  weekday_sessions: { weekday: number; sessions: { start: number; end: number }[] }[] | null;
  same_day_cutoff: number;
  version: number;
  removed_version: number | null;
}

/** Rows in force at version $V (the parameter named by `param`). */
export const LIVE_AT = (param: string) =>
  `version <= ${param} AND (removed_version IS NULL OR removed_version > ${param})`;

export function dayFromRow(r: DayRow): StoredDay {
  const source: DaySource = { basis: r.basis, origin: r.origin as DaySource["origin"] };
  if (r.note) source.note = r.note;
  if (r.notice_number)
    source.notice = {
      number: r.notice_number,
      date: r.notice_date ?? "",
      title: r.notice_title ?? "",
    };
  return {
    id: r.id,
    date: r.day,
    kind: r.kind as DayKind,
    name: { vi: r.name_vi, en: r.name_en },
    source,
    status: r.status as DayStatus,
    version: r.version,
    removedVersion: r.removed_version,
    createdBy: r.created_by,
    createdAt: r.created_at,
    removedBy: r.removed_by,
    removedAt: r.removed_at,
  };
}

/** Parameters $1…$12 for inserting a day (then version, replaces_id, created_by, created_at). */
export function dayParams(e: DayEntry): unknown[] {
  return [
    e.date,
    Number(e.date.slice(0, 4)),
    e.kind,
    e.name.vi,
    e.name.en,
    e.source.basis,
    e.source.origin,
    e.source.note ?? null,
    e.source.notice?.number ?? null,
    e.source.notice?.date ?? null,
    e.source.notice?.title ?? null,
    e.status,
  ];
}

export const INSERT_DAY = `INSERT INTO calendar_days
  (day, year, kind, name_vi, name_en, basis, origin, note, notice_number, notice_date, notice_title, status,
   version, replaces_id, created_by, created_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING *`;

export function officeHoursFromRow(r: OfficeHoursRow): StoredOfficeHours {
  return {
    id: r.id,
    agency: r.agency_code,
    validFrom: r.valid_from,
    sessions: r.sessions,
    weekdays: r.weekdays,
    ...(r.weekday_sessions?.length ? { weekdaySessions: r.weekday_sessions } : {}),
    sameDayCutoff: r.same_day_cutoff,
    version: r.version,
    removedVersion: r.removed_version,
  };
}
