// How long online dossiers wait for reception, per receiving unit: from submission to reception
// in working time (the unit's calendar), for the dossiers received in a period, and the ones
// still waiting now; "late" against the rule in force ("online-reception", dossier_watch_rules).
// Decree 118/2025/NĐ-CP: the One-Stop Unit checks and receives (or refuses) online dossiers.
import type { z } from "zod";
import type { receptionWaitQuery } from "../../../shared/contracts/dossiers.ts";
import type { Sql } from "../../platform/db.ts";
import type { Scope } from "../identity/index.ts";
import { vnDate } from "./code.ts";
import type { CalendarFor } from "./ports.ts";
import { ruleMinutes } from "./tray.ts";
import { type WatchRule, watchRule } from "./watch-rules.ts";

export interface UnitReceptionWait {
  unit: string;
  /** Online dossiers received in the period. */
  received: number;
  averageWorkingMinutes: number | null;
  maxWorkingMinutes: number | null;
  /** Received after waiting longer than the rule. */
  receivedLate: number;
  /** Still waiting now, and how many of them past the rule. */
  waitingNow: number;
  waitingOverdue: number;
}

export interface ReceptionWait {
  rule: WatchRule;
  from: string;
  to: string;
  units: UnitReceptionWait[];
}

/** Period in Vietnam-time days, `to` included; by default the current month to today. */
export async function receptionWait(
  sql: Sql,
  scope: Scope,
  now: Date,
  calendarFor: CalendarFor,
  q: z.infer<typeof receptionWaitQuery>,
): Promise<ReceptionWait> {
  const rule = await watchRule(sql, "online-reception", now);
  const limit = ruleMinutes(rule);
  const today = vnDate(now);
  const from = q.from ?? `${today.slice(0, 8)}01`;
  const to = q.to ?? today;
  const start = new Date(`${from}T00:00:00+07:00`);
  const end = new Date(new Date(`${to}T00:00:00+07:00`).getTime() + 24 * 3600_000);
  const params: unknown[] = [start, end];
  let where = "channel = 2 AND ((received_at >= $1 AND received_at < $2) OR status = 1)";
  if (!scope.all) {
    params.push(scope.agencies);
    where += " AND (receiving_unit = ANY($3::text[]) OR agency_code = ANY($3::text[]))";
  }
  const rows = await sql.query<{
    receiving_unit: string;
    submitted_at: Date;
    received_at: Date | null;
    status: number;
  }>(
    `SELECT receiving_unit, submitted_at, received_at, status FROM dossiers WHERE ${where}
      ORDER BY receiving_unit`,
    params,
  );
  const byUnit = new Map<string, UnitReceptionWait & { total: number }>();
  for (const r of rows.rows) {
    const cal = await calendarFor(sql, r.receiving_unit);
    let u = byUnit.get(r.receiving_unit);
    if (!u) {
      u = {
        unit: r.receiving_unit,
        received: 0,
        averageWorkingMinutes: null,
        maxWorkingMinutes: null,
        receivedLate: 0,
        waitingNow: 0,
        waitingOverdue: 0,
        total: 0,
      };
      byUnit.set(r.receiving_unit, u);
    }
    const waiting = r.status === 1;
    const until = waiting || !r.received_at ? now : new Date(r.received_at);
    const minutes = Math.max(
      0,
      Math.round(cal.workingMinutesBetween(new Date(r.submitted_at), until)),
    );
    if (waiting) {
      u.waitingNow++;
      if (minutes > limit) u.waitingOverdue++;
      continue;
    }
    u.received++;
    u.total += minutes;
    u.maxWorkingMinutes = Math.max(u.maxWorkingMinutes ?? 0, minutes);
    if (minutes > limit) u.receivedLate++;
  }
  const units = [...byUnit.values()].map(({ total, ...u }) => ({
    ...u,
    averageWorkingMinutes: u.received ? Math.round(total / u.received) : null,
  }));
  return { rule, from, to, units };
}
