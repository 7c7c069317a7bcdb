// The administrator's view of the counter's warning lines (dossier_watch_rules): each rule's value
// in force today, its basis, and its history; a change is a new row from an effective date (today
// or later: a day already judged keeps the rule it was judged by), with its basis and reason.
import type { z } from "zod";
import type { watchRuleChange } from "../../../shared/contracts/dossiers.ts";
import type { Sql } from "../../platform/db.ts";
import type { Messages } from "../../platform/errors.ts";
import { badInput } from "../../platform/errors.ts";
import { vnDate } from "./code.ts";
import { WATCH_RULES, type WatchRule, type WatchRuleName } from "./watch-rules.ts";

export const RULE_NAMES: Record<WatchRuleName, Messages> = {
  "uncollected-result": {
    vi: "Kết quả chưa được nhận: số thời gian làm việc sau khi ban hành thì Bộ phận Một cửa liên hệ người nộp",
    en: "Uncollected results: working time after issue before the counter contacts the applicant",
  },
  "online-reception": {
    vi: "Hồ sơ trực tuyến chờ tiếp nhận: thời gian làm việc tối đa từ khi nộp đến khi tiếp nhận",
    en: "Online dossiers awaiting reception: the longest working time from submission to reception",
  },
};

export type WatchRuleChange = z.infer<typeof watchRuleChange>;

export interface WatchRuleVersion extends Omit<WatchRule, "rule"> {
  reason: string | null;
  changedBy: string | null;
  changedAt: string | null;
}

export interface WatchRuleView {
  rule: WatchRuleName;
  name: Messages;
  /** In force today (Vietnam time). */
  current: WatchRuleVersion | null;
  /** Every version, the latest effective date first (a scheduled change included). */
  history: WatchRuleVersion[];
}

type Row = {
  rule: WatchRuleName;
  threshold: number;
  unit: WatchRule["unit"];
  effective_from: string;
  basis: string;
  reason: string | null;
  changed_by: string | null;
  changed_at: Date | null;
};

const version = (r: Row): WatchRuleVersion => ({
  threshold: r.threshold,
  unit: r.unit,
  effectiveFrom: r.effective_from,
  basis: r.basis,
  reason: r.reason,
  changedBy: r.changed_by,
  changedAt: r.changed_at ? new Date(r.changed_at).toISOString() : null,
});

export async function listWatchRules(sql: Sql, now: Date): Promise<WatchRuleView[]> {
  const r = await sql.query<Row>(
    `SELECT rule, threshold, unit, effective_from::text AS effective_from, basis, reason, changed_by, changed_at
       FROM dossier_watch_rules ORDER BY rule, effective_from DESC`,
  );
  const today = vnDate(now);
  return WATCH_RULES.map((rule) => {
    const history = r.rows.filter((x) => x.rule === rule).map(version);
    return {
      rule,
      name: RULE_NAMES[rule],
      current: history.find((v) => v.effectiveFrom <= today) ?? null,
      history,
    };
  });
}

/** Stores the change; returns the version it replaces on the same date, if any (for the audit). */
export async function changeWatchRule(
  tx: Sql,
  rule: WatchRuleName,
  c: WatchRuleChange,
  by: string,
  now: Date,
): Promise<{ replaced: WatchRuleVersion | null }> {
  const today = vnDate(now);
  if (c.effectiveFrom < today)
    throw badInput(
      "dossiers.rule_in_past",
      "effectiveFrom",
      `ngày hiệu lực phải từ hôm nay (${today}) trở đi: ngày đã qua giữ quy định đã áp dụng`,
      `the effective date must be today (${today}) or later: past days keep the rule they were judged by`,
    );
  const before = await tx.query<Row>(
    `SELECT rule, threshold, unit, effective_from::text AS effective_from, basis, reason, changed_by, changed_at
       FROM dossier_watch_rules WHERE rule = $1 AND effective_from = $2::date`,
    [rule, c.effectiveFrom],
  );
  await tx.query(
    `INSERT INTO dossier_watch_rules (rule, effective_from, threshold, unit, basis, reason, changed_by, changed_at)
     VALUES ($1, $2::date, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (rule, effective_from) DO UPDATE SET threshold = EXCLUDED.threshold, unit = EXCLUDED.unit,
       basis = EXCLUDED.basis, reason = EXCLUDED.reason, changed_by = EXCLUDED.changed_by, changed_at = EXCLUDED.changed_at`,
    [rule, c.effectiveFrom, c.threshold, c.unit, c.basis, c.reason, by, now],
  );
  return { replaced: before.rows[0] ? version(before.rows[0]) : null };
}
