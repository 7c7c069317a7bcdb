// The online tray: dossiers submitted online (channel 2) waiting for reception at the units the
// officer receives for, oldest first, with how long each has waited in working time, warned past
// the rule in force (dossier_watch_rules, "online-reception"). Decree
// 118/2025/NĐ-CP: an online dossier is checked and received (or refused) by the One-Stop Unit.
import type { Sql } from "../../platform/db.ts";
import type { Scope } from "../identity/index.ts";
import type { CalendarFor } from "./ports.ts";
import { type WatchRule, watchRule } from "./watch-rules.ts";

export interface TrayItem {
  code: string;
  procedure: string;
  agency: string;
  receivingUnit: string;
  submittedAt: string;
  /** Working minutes since submission (the clock of reception). */
  waitingWorkingMinutes: number;
  /** Waiting longer than the rule in force ("online-reception"): the officer is warned. */
  overdueForReception: boolean;
}

const TRAY_LIMIT = 200;

/** The warning line of a rule, in working minutes (a working day counted as 8 hours). */
export function ruleMinutes(rule: WatchRule): number {
  return rule.threshold * (rule.unit === "working-days" ? 8 * 60 : 60);
}

export async function onlineTray(
  sql: Sql,
  scope: Scope,
  now: Date,
  calendarFor: CalendarFor,
): Promise<{ rule: WatchRule; count: number; items: TrayItem[] }> {
  const rule = await watchRule(sql, "online-reception", now);
  const warnMinutes = ruleMinutes(rule);
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
      overdueForReception: minutes > warnMinutes,
    });
  }
  return { rule, count: count.rows[0].n, items };
}
