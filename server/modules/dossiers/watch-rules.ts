// The counter's warning lines, read from effective-dated data (migration 0290): how long an
// issued result may wait for collection, how long an online dossier may wait for reception.

import { WATCH_RULES } from "../../../shared/contracts/dossiers.ts";
import type { Sql } from "../../platform/db.ts";
import { vnDate } from "./code.ts";

export { WATCH_RULES };
export type WatchRuleName = (typeof WATCH_RULES)[number];

export interface WatchRule {
  rule: WatchRuleName;
  threshold: number;
  unit: "working-days" | "working-hours";
  effectiveFrom: string;
  basis: string;
}

/** The rule in force on the Vietnam-time day of `at`. */
export async function watchRule(sql: Sql, rule: WatchRuleName, at: Date): Promise<WatchRule> {
  const r = await sql.query<{
    threshold: number;
    unit: WatchRule["unit"];
    effective_from: string;
    basis: string;
  }>(
    `SELECT threshold, unit, effective_from::text AS effective_from, basis FROM dossier_watch_rules
      WHERE rule = $1 AND effective_from <= $2::date ORDER BY effective_from DESC LIMIT 1`,
    [rule, vnDate(at)],
  );
  const row = r.rows[0];
  if (!row) throw new Error(`no watch rule ${rule} in force on ${vnDate(at)}`);
  return {
    rule,
    threshold: row.threshold,
    unit: row.unit,
    effectiveFrom: row.effective_from,
    basis: row.basis,
  };
}
