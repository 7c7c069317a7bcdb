// Results issued but not collected: dossiers whose result is ready (status 9) and has waited at
// the counter longer than the rule in force (dossier_watch_rules, "uncollected-result"), oldest
// first, with how long each has waited in working time, for the counter to contact the applicant
// (whose contact details are read, and audited, on the dossier itself).
import type { Sql } from "../../platform/db.ts";
import type { Scope } from "../identity/index.ts";
import type { CalendarFor } from "./ports.ts";
import { type WatchRule, watchRule } from "./watch-rules.ts";

export interface UncollectedItem {
  code: string;
  procedure: string;
  agency: string;
  receivingUnit: string;
  issuedAt: string;
  /** When the result counted as uncollected (the rule's working days after issue). */
  uncollectedSince: string;
  waitingWorkingMinutes: number;
}

const LIMIT = 200;

export async function uncollectedResults(
  sql: Sql,
  scope: Scope,
  now: Date,
  calendarFor: CalendarFor,
): Promise<{ rule: WatchRule; count: number; items: UncollectedItem[] }> {
  const rule = await watchRule(sql, "uncollected-result", now);
  const params: unknown[] = [];
  let where = "state = 'handled' AND finished_at IS NOT NULL";
  if (!scope.all) {
    params.push(scope.agencies);
    where += " AND (receiving_unit = ANY($1::text[]) OR agency_code = ANY($1::text[]))";
  }
  const rows = await sql.query<{
    code: string;
    procedure_code: string;
    agency_code: string;
    receiving_unit: string;
    finished_at: Date;
  }>(
    `SELECT code, procedure_code, agency_code, receiving_unit, finished_at
       FROM dossiers WHERE ${where} ORDER BY finished_at, code`,
    params,
  );
  const items: UncollectedItem[] = [];
  for (const r of rows.rows) {
    const cal = await calendarFor(sql, r.receiving_unit);
    const issued = new Date(r.finished_at);
    const since =
      rule.unit === "working-days"
        ? cal.dueAt(issued, rule.threshold, "working-days")
        : cal.addWorkingMinutes(issued, rule.threshold * 60);
    if (since > now) continue;
    items.push({
      code: r.code,
      procedure: r.procedure_code,
      agency: r.agency_code,
      receivingUnit: r.receiving_unit,
      issuedAt: issued.toISOString(),
      uncollectedSince: since.toISOString(),
      waitingWorkingMinutes: Math.max(0, Math.round(cal.workingMinutesBetween(issued, now))),
    });
  }
  return { rule, count: items.length, items: items.slice(0, LIMIT) };
}
