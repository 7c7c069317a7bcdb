// The calendar's history in the database. Every change takes the next calendar version inside
// the caller's transaction (`tx`), so the caller can write its audit record in the same one.
// Nothing is deleted: removals and confirmations mark rows with removed_version.
import type { Sql } from "../../platform/db.ts";
import { badInput, conflict, notFound } from "../../platform/errors.ts";
import { builtinYear } from "./builtin.ts";
import { badDate, badYear } from "./errors.ts";
import { PENDING_NOTE } from "./holiday-rules.ts";
import { validateOfficeHours } from "./office-hours.ts";
import {
  type DayRow,
  dayFromRow,
  dayParams,
  INSERT_DAY,
  LIVE_AT,
  type OfficeHoursRow,
  officeHoursFromRow,
  type StoredDay,
  type StoredOfficeHours,
} from "./repository-rows.ts";
import {
  type DayEntry,
  type DaySource,
  MAX_YEAR,
  MIN_YEAR,
  type Notice,
  type OfficeHoursPeriod,
} from "./types.ts";
import { parseIsoDate } from "./vn-time.ts";

export type { StoredDay, StoredOfficeHours } from "./repository-rows.ts";

/** Who makes a change and when (from the caller's clock). */
export interface ChangeBy {
  actorId: string;
  at: Date;
}

/** The latest calendar version (0 while nothing has been recorded). */
export async function currentCalendarVersion(sql: Sql): Promise<number> {
  const r = await sql.query<{ v: number }>(
    "SELECT COALESCE(MAX(version), 0)::int AS v FROM calendar_versions",
  );
  return r.rows[0].v;
}

/** Takes the next version; serialised by a transaction-scoped lock so versions commit in order. */
async function nextVersion(tx: Sql, summary: string, by: ChangeBy): Promise<number> {
  await tx.query("SELECT pg_advisory_xact_lock(7263010)");
  const v = (await currentCalendarVersion(tx)) + 1;
  await tx.query(
    "INSERT INTO calendar_versions (version, summary, created_by, created_at) VALUES ($1, $2, $3, $4)",
    [v, summary, by.actorId, by.at],
  );
  return v;
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR)
    throw badYear("year", String(year));
}

async function yearHeld(tx: Sql, year: number): Promise<boolean> {
  return (await tx.query("SELECT 1 FROM calendar_years WHERE year = $1", [year])).rows.length > 0;
}

async function insertDays(
  tx: Sql,
  entries: DayEntry[],
  version: number,
  by: ChangeBy,
  replaces: number | null = null,
) {
  const out: StoredDay[] = [];
  for (const e of entries) {
    const r = await tx.query<DayRow>(INSERT_DAY, [
      ...dayParams(e),
      version,
      replaces,
      by.actorId,
      by.at,
    ]);
    out.push(dayFromRow(r.rows[0]));
  }
  return out;
}

async function seedIn(tx: Sql, year: number, version: number, by: ChangeBy): Promise<StoredDay[]> {
  await tx.query(
    "INSERT INTO calendar_years (year, version, created_by, created_at) VALUES ($1, $2, $3, $4)",
    [year, version, by.actorId, by.at],
  );
  return insertDays(tx, builtinYear(year).entries, version, by);
}

/** Stores a year's built-in days (official data or statutory proposal) so they can be edited. */
export async function seedYear(
  tx: Sql,
  year: number,
  by: ChangeBy,
): Promise<{ version: number; days: StoredDay[] }> {
  checkYear(year);
  if (await yearHeld(tx, year)) {
    throw conflict("calendar.year_exists", {
      vi: `Năm ${year} đã có trong lịch`,
      en: `Year ${year} is already held`,
    });
  }
  const version = await nextVersion(tx, `seed ${year}`, by);
  return { version, days: await seedIn(tx, year, version, by) };
}

/** The days of a year in force at `version` (default: current), or [] when the year is not held. */
export async function listYearDays(sql: Sql, year: number, version?: number): Promise<StoredDay[]> {
  checkYear(year);
  const v = version ?? (await currentCalendarVersion(sql));
  const r = await sql.query<DayRow>(
    `SELECT * FROM calendar_days WHERE year = $1 AND ${LIVE_AT("$2")} ORDER BY day`,
    [year, v],
  );
  return r.rows.map(dayFromRow);
}

/** Adds a day off or make-up working day (seeding the year first when it is not held yet). */
export async function addDay(
  tx: Sql,
  entry: DayEntry,
  by: ChangeBy,
): Promise<{ version: number; day: StoredDay }> {
  const day = parseIsoDate(entry.date);
  if (day === null) throw badDate("date", entry.date);
  const year = Number(entry.date.slice(0, 4));
  checkYear(year);
  const version = await nextVersion(tx, `add ${entry.kind} ${entry.date}`, by);
  if (!(await yearHeld(tx, year))) await seedIn(tx, year, version, by);
  const live = await tx.query(
    "SELECT id FROM calendar_days WHERE day = $1 AND removed_version IS NULL",
    [entry.date],
  );
  if (live.rows.length) {
    throw conflict("calendar.day_exists", {
      vi: `Ngày ${entry.date} đã có trong lịch; hãy gỡ bỏ trước khi thêm lại`,
      en: `${entry.date} is already in the calendar; remove it before adding it again`,
    });
  }
  const [stored] = await insertDays(tx, [entry], version, by);
  return { version, day: stored };
}

async function liveDay(tx: Sql, id: number): Promise<StoredDay> {
  const r = await tx.query<DayRow>("SELECT * FROM calendar_days WHERE id = $1 FOR UPDATE", [id]);
  if (!r.rows.length)
    throw notFound("calendar.day_not_found", {
      vi: `Không có ngày số ${id}`,
      en: `No calendar day ${id}`,
    });
  const d = dayFromRow(r.rows[0]);
  if (d.removedVersion !== null) {
    throw conflict("calendar.day_removed", {
      vi: `Ngày số ${id} đã bị gỡ bỏ`,
      en: `Calendar day ${id} was removed`,
    });
  }
  return d;
}

async function markRemoved(tx: Sql, id: number, version: number, by: ChangeBy) {
  await tx.query(
    "UPDATE calendar_days SET removed_version = $2, removed_by = $3, removed_at = $4 WHERE id = $1",
    [id, version, by.actorId, by.at],
  );
}

/** What an administrator states when confirming a day of a rule that is not yet law. */
export interface ConfirmBasis {
  basis: string;
  /** The date the rule is in force from (YYYY-MM-DD). */
  effectiveFrom: string;
  notice?: Notice;
}

/** Source of a confirmed day: as it was, or the basis and effective date the administrator gives. */
function confirmedSource(before: StoredDay, given?: ConfirmBasis): DaySource {
  const pending = before.source.note === PENDING_NOTE;
  if (!given) {
    if (!pending) return before.source;
    throw badInput(
      "calendar.basis_required",
      "basis",
      `ngày ${before.date} theo quy định chưa có hiệu lực: cần nêu căn cứ pháp lý và ngày có hiệu lực khi xác nhận`,
      `${before.date} comes from a rule not yet in force: give its legal basis and effective date to confirm it`,
    );
  }
  if (parseIsoDate(given.effectiveFrom) === null)
    throw badDate("effectiveFrom", given.effectiveFrom);
  if (given.effectiveFrom > before.date)
    throw badInput(
      "calendar.not_yet_in_force",
      "effectiveFrom",
      `quy định có hiệu lực từ ${given.effectiveFrom}, sau ngày ${before.date}: hãy gỡ ngày này thay vì xác nhận`,
      `the rule is in force from ${given.effectiveFrom}, after ${before.date}: remove this day instead of confirming it`,
    );
  return {
    basis: given.basis,
    origin: given.notice ? "official" : "statutory",
    notice: given.notice,
    note: `in force from ${given.effectiveFrom}`,
  };
}

/** Confirms a provisional day: a new confirmed row replaces it from the next version. */
export async function confirmDay(
  tx: Sql,
  id: number,
  by: ChangeBy,
  given?: ConfirmBasis,
): Promise<{ version: number; before: StoredDay; after: StoredDay }> {
  const before = await liveDay(tx, id);
  if (before.status === "confirmed") {
    throw conflict("calendar.already_confirmed", {
      vi: `Ngày ${before.date} đã được xác nhận`,
      en: `${before.date} is already confirmed`,
    });
  }
  confirmedSource(before, given);
  const version = await nextVersion(tx, `confirm ${before.date}`, by);
  await markRemoved(tx, id, version, by);
  const source = confirmedSource(before, given);
  const [after] = await insertDays(
    tx,
    [{ ...before, source, status: "confirmed" }],
    version,
    by,
    id,
  );
  return { version, before, after };
}

/** Removes (soft) a day: it stays in the history, out of force from the next version. */
export async function removeDay(
  tx: Sql,
  id: number,
  by: ChangeBy,
): Promise<{ version: number; removed: StoredDay }> {
  const removed = await liveDay(tx, id);
  const version = await nextVersion(tx, `remove ${removed.date}`, by);
  await markRemoved(tx, id, version, by);
  return {
    version,
    removed: { ...removed, removedVersion: version, removedBy: by.actorId, removedAt: by.at },
  };
}

/** Sets office hours for an agency (null: province default) from a date; replaces one from the same date. */
export async function setOfficeHours(
  tx: Sql,
  agency: string | null,
  period: OfficeHoursPeriod,
  by: ChangeBy,
): Promise<{ version: number; stored: StoredOfficeHours; replaced: StoredOfficeHours | null }> {
  validateOfficeHours(period);
  const version = await nextVersion(
    tx,
    `office hours ${agency ?? "default"} from ${period.validFrom}`,
    by,
  );
  const old = await tx.query<OfficeHoursRow>(
    `UPDATE calendar_office_hours SET removed_version = $3, removed_by = $4, removed_at = $5
     WHERE agency_code IS NOT DISTINCT FROM $1 AND valid_from = $2 AND removed_version IS NULL RETURNING *`,
    [agency, period.validFrom, version, by.actorId, by.at],
  );
  const r = await tx.query<OfficeHoursRow>(
    `INSERT INTO calendar_office_hours (agency_code, valid_from, sessions, weekdays, same_day_cutoff, version, created_by, created_at, weekday_sessions)
     VALUES ($1, $2, $3::jsonb, $4::int[], $5, $6, $7, $8, $9::jsonb) RETURNING *`,
    [
      agency,
      period.validFrom,
      JSON.stringify(period.sessions),
      period.weekdays,
      period.sameDayCutoff,
      version,
      by.actorId,
      by.at,
      period.weekdaySessions?.length ? JSON.stringify(period.weekdaySessions) : null,
    ],
  );
  return {
    version,
    stored: officeHoursFromRow(r.rows[0]),
    replaced: old.rows[0] ? officeHoursFromRow(old.rows[0]) : null,
  };
}
