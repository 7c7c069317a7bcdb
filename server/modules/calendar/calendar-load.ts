// Loading the Calendar value from the database at a given version (default: the current one).
import type { Sql } from "../../platform/db.ts";
import { AppError } from "../../platform/errors.ts";
import { createCalendar } from "./builtin.ts";
import { currentCalendarVersion } from "./repository.ts";
import {
  type DayRow,
  dayFromRow,
  LIVE_AT,
  type OfficeHoursRow,
  officeHoursFromRow,
  type StoredOfficeHours,
} from "./repository-rows.ts";
import {
  type Calendar,
  DEFAULT_OFFICE_HOURS,
  type OfficeHoursPeriod,
  type YearDays,
} from "./types.ts";

/** The Calendar value in force at `version` (default: the current one) for an agency. */
export async function loadCalendar(
  sql: Sql,
  opts: { agency?: string | null; version?: number } = {},
): Promise<Calendar> {
  const current = await currentCalendarVersion(sql);
  const v = opts.version ?? current;
  if (!Number.isInteger(v) || v < 0 || v > current) {
    throw new AppError("calendar.bad_version", "not_found", {
      vi: `Không có phiên bản lịch ${v} (hiện tại: ${current})`,
      en: `No calendar version ${v} (current: ${current})`,
    });
  }
  const agency = opts.agency ?? null;
  const held = await sql.query<{ year: number }>(
    "SELECT year FROM calendar_years WHERE version <= $1",
    [v],
  );
  const rows = await sql.query<DayRow>(
    `SELECT * FROM calendar_days WHERE ${LIVE_AT("$1")} ORDER BY day`,
    [v],
  );
  const years = new Map<number, YearDays>(
    held.rows.map((r) => [r.year, { year: r.year, status: "confirmed", entries: [] }]),
  );
  for (const row of rows.rows) {
    const d = dayFromRow(row);
    const y = years.get(Number(d.date.slice(0, 4)));
    if (!y) continue;
    y.entries.push(d);
    if (d.status === "provisional") y.status = "provisional";
  }
  const hours = await sql.query<OfficeHoursRow>(
    `SELECT * FROM calendar_office_hours WHERE ${LIVE_AT("$1")} AND (agency_code IS NULL OR agency_code = $2) ORDER BY valid_from`,
    [v, agency],
  );
  const all = hours.rows.map(officeHoursFromRow);
  const own = all.filter((h) => h.agency !== null);
  // The agency's own periods apply from the first one; the province default before that.
  const firstOwn = own[0]?.validFrom;
  const stored = all.filter((h) => h.agency === null).map(stripStored);
  const defaults = stored.length ? stored : [DEFAULT_OFFICE_HOURS];
  const periods = [
    ...defaults.filter((h) => !firstOwn || h.validFrom < firstOwn),
    ...own.map(stripStored),
  ];
  return createCalendar({ version: v, agency, officeHours: periods, years: years.values() });
}

function stripStored(h: StoredOfficeHours): OfficeHoursPeriod {
  return {
    validFrom: h.validFrom,
    sessions: h.sessions,
    weekdays: h.weekdays,
    ...(h.weekdaySessions ? { weekdaySessions: h.weekdaySessions } : {}),
    sameDayCutoff: h.sameDayCutoff,
  };
}
