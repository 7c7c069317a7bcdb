// The online tray: dossiers submitted online (channel 2) waiting for reception at the units the
// officer receives for, oldest first, with how long each has waited in working time. Decree
// 118/2025/NĐ-CP: an online dossier is checked and received (or refused) by the One-Stop Unit.
import type { Sql } from "../../platform/db.ts";
import type { Scope } from "../identity/index.ts";
import type { CalendarFor } from "./ports.ts";

export interface TrayItem {
  code: string;
  procedure: string;
  agency: string;
  receivingUnit: string;
  submittedAt: string;
  /** Working minutes since submission (the clock of reception). */
  waitingWorkingMinutes: number;
  /** More than one working day waiting: the officer is warned. */
  overdueForReception: boolean;
}

/** One working day (8 h) waiting for reception is the warning line. */
const WARN_MINUTES = 8 * 60;
const TRAY_LIMIT = 200;

export async function onlineTray(
  sql: Sql,
  scope: Scope,
  now: Date,
  calendarFor: CalendarFor,
): Promise<{ count: number; items: TrayItem[] }> {
  const params: unknown[] = [];
  let where = "channel = 2 AND status = 1";
  if (!scope.all) {
    params.push(scope.agencies);
    where += " AND (receiving_unit = ANY($1::text[]) OR agency_code = ANY($1::text[]))";
  }
  const count = await sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM dossiers WHERE ${where}`,
    params,
  );
  const rows = await sql.query<{
    code: string;
    procedure_code: string;
    agency_code: string;
    receiving_unit: string;
    submitted_at: Date;
  }>(
    `SELECT code, procedure_code, agency_code, receiving_unit, submitted_at FROM dossiers
     WHERE ${where} ORDER BY submitted_at, code LIMIT ${TRAY_LIMIT}`,
    params,
  );
  const items: TrayItem[] = [];
  for (const r of rows.rows) {
    const cal = await calendarFor(sql, r.receiving_unit);
    const submitted = new Date(r.submitted_at);
    const minutes = Math.max(0, Math.round(cal.workingMinutesBetween(submitted, now)));
    items.push({
      code: r.code,
      procedure: r.procedure_code,
      agency: r.agency_code,
      receivingUnit: r.receiving_unit,
      submittedAt: submitted.toISOString(),
      waitingWorkingMinutes: minutes,
      overdueForReception: minutes > WARN_MINUTES,
    });
  }
  return { count: count.rows[0].n, items };
}
