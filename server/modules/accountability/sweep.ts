// The warning sweep (a cron job): reads only the unsent warning moments that have come (partial
// index on warn_at), notifies the responsible officer and the leader, and marks each moment sent
// in the same transaction, so none is sent twice. Several moments of one target passed at once
// (e.g. after downtime) give one notification, the most severe; the others are marked suppressed.
import type { Sql } from "../../platform/db.ts";
import type { CronSpec, JobHandler } from "../../platform/jobs.ts";
import { type AccountabilityOptions, optionsOf } from "./deps.ts";
import { warningText } from "./messages.ts";
import { type NewNotification, notify } from "./notifications.ts";
import type { Threshold } from "./thresholds.ts";

export const SWEEP_JOB = "accountability.sweep";
/** Every minute: thresholds are in hours, a minute's delay is immaterial. */
export const sweepCron: CronSpec = { kind: SWEEP_JOB, everyMs: 60_000 };

interface Due {
  dossier_id: string;
  dossier_code: string;
  target: string;
  threshold: string;
  severity: number;
  due_at: Date;
  step_name: string | null;
  officer_id: string | null;
  officer_role: string | null;
  officer_agency: string | null;
  leader_agency: string;
}

export interface SweepResult {
  moments: number;
  notifications: number;
}

function recipients(w: Due, t: Threshold, text: { vi: string; en: string }): NewNotification[] {
  const base = {
    dossierCode: w.dossier_code,
    kind: t.before ? ("warning" as const) : ("late" as const),
    threshold: t.id,
    ...text,
  };
  const out: NewNotification[] = [];
  if (w.officer_id) out.push({ ...base, audience: "user", userId: w.officer_id });
  else if (w.officer_role && w.officer_agency)
    out.push({ ...base, audience: "role", role: w.officer_role, agencyCode: w.officer_agency });
  if (!(w.officer_role === "leader" && w.officer_agency === w.leader_agency))
    out.push({ ...base, audience: "role", role: "leader", agencyCode: w.leader_agency });
  return out;
}

/** One batch: the targets with moments due, locked; returns how many moments were handled. */
async function batch(tx: Sql, now: Date, o: AccountabilityOptions): Promise<SweepResult> {
  const rows = await tx.query<Due>(
    `SELECT w.dossier_id, w.dossier_code, w.target, w.threshold, w.severity, w.due_at, w.step_name,
            w.officer_id, w.officer_role, w.officer_agency, w.leader_agency
       FROM late_warnings w
      WHERE w.sent_at IS NULL AND w.warn_at <= $1
        AND (w.dossier_id, w.target) IN (SELECT dossier_id, target FROM late_warnings
              WHERE sent_at IS NULL AND warn_at <= $1 ORDER BY warn_at LIMIT $2)
      FOR UPDATE SKIP LOCKED`,
    [now, o.sweepBatch],
  );
  if (!rows.rows.length) return { moments: 0, notifications: 0 };
  const top = new Map<string, Due>();
  for (const w of rows.rows) {
    const k = `${w.dossier_id}|${w.target}`;
    const cur = top.get(k);
    if (!cur || w.severity > cur.severity) top.set(k, w);
  }
  const byId = new Map(o.thresholds.map((t) => [t.id, t]));
  const list: NewNotification[] = [];
  for (const w of top.values()) {
    const t = byId.get(w.threshold) ?? {
      id: w.threshold,
      before: w.threshold === "late" ? null : { value: 0, unit: "working-hours" as const },
      label: { vi: w.threshold, en: w.threshold },
    };
    const text = warningText(
      {
        dossierCode: w.dossier_code,
        target: w.target,
        stepName: w.step_name,
        dueAt: new Date(w.due_at),
      },
      t,
    );
    list.push(...recipients(w, t, text));
  }
  const sent = rows.rows;
  await tx.query(
    `UPDATE late_warnings w SET sent_at = $1, suppressed = k.s
       FROM unnest($2::uuid[], $3::text[], $4::text[], $5::boolean[]) AS k(d, t, th, s)
      WHERE w.dossier_id = k.d AND w.target = k.t AND w.threshold = k.th AND w.sent_at IS NULL`,
    [
      now,
      sent.map((w) => w.dossier_id),
      sent.map((w) => w.target),
      sent.map((w) => w.threshold),
      sent.map((w) => top.get(`${w.dossier_id}|${w.target}`) !== w),
    ],
  );
  await notify(tx, now, list);
  return { moments: sent.length, notifications: list.length };
}

/** Sends every warning whose moment has come, in batches, inside the caller's transaction. */
export async function sweep(
  tx: Sql,
  now: Date,
  opts: AccountabilityOptions = optionsOf({}),
): Promise<SweepResult> {
  const total = { moments: 0, notifications: 0 };
  for (let i = 0; i < opts.sweepMaxBatches; i++) {
    const r = await batch(tx, now, opts);
    total.moments += r.moments;
    total.notifications += r.notifications;
    if (r.moments === 0) break;
  }
  return total;
}

/** The job handler for `sweepCron` (register under SWEEP_JOB). */
export function sweepHandler(
  deps: { accountability?: Partial<AccountabilityOptions> } = {},
): JobHandler {
  const o = optionsOf(deps);
  return async (_payload, { tx, clock }) => {
    await sweep(tx, clock.now(), o);
  };
}
