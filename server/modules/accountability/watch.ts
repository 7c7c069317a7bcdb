// The warning moments of one dossier, recomputed in the transaction of each of its changes: the
// open steps at their own quota, the dossier at its appointment (or at the new date once extended).
// Unsent moments that no longer apply are dropped; sent ones are never touched again.
import type { Sql } from "../../platform/db.ts";
import type { Statement } from "../../platform/statements.ts";
import type { Calendar } from "../calendar/index.ts";
import { type Dossier, listSteps, type StepRow } from "../dossiers/index.ts";
import { type Threshold, warnAt } from "./thresholds.ts";

/**
 * States whose clock runs (a supplement or payment request pauses it: calendar.md; a dossier sent
 * back as misrouted does not: docs/rules/rerouting-after-reception.md).
 */
const RUNNING = new Set(["handling", "approval", "approved", "misrouted"]);

export interface WarningRow {
  target: string;
  threshold: string;
  severity: number;
  warnAt: Date;
  dueAt: Date;
  stepName: string | null;
  officerId: string | null;
  officerRole: string | null;
  officerAgency: string | null;
  leaderAgency: string;
}

interface Officer {
  officerId: string | null;
  officerRole: string | null;
  officerAgency: string | null;
}

/** The moments of one target; thresholds already passed when it started are meaningless. */
function rowsFor(
  target: string,
  due: Date,
  start: Date,
  base: Omit<WarningRow, "target" | "threshold" | "severity" | "warnAt" | "dueAt">,
  thresholds: Threshold[],
  cal: Calendar,
): WarningRow[] {
  const out: WarningRow[] = [];
  thresholds.forEach((t, severity) => {
    const at = warnAt(due, t, cal);
    if (t.before && at.getTime() <= start.getTime()) return;
    out.push({ ...base, target, threshold: t.id, severity, warnAt: at, dueAt: due });
  });
  return out;
}

export async function desiredWarnings(
  tx: Sql,
  d: Dossier,
  extension: { newDueAt: Date; signedAt: Date } | null,
  thresholds: Threshold[],
  cal: Calendar,
): Promise<WarningRow[]> {
  const open = (await listSteps(tx, d.id)).filter((s) => !s.doneAt);
  return warningsOf(d, open, extension, thresholds, cal);
}

/** The moments of a dossier whose open steps are known (none for a dossier just imported). */
export function warningsOf(
  d: Dossier,
  open: StepRow[],
  extension: { newDueAt: Date; signedAt: Date } | null,
  thresholds: Threshold[],
  cal: Calendar,
): WarningRow[] {
  const out: WarningRow[] = [];
  const officerOf = (s: (typeof open)[number]): Officer => ({
    officerId: s.assigneeId,
    officerRole: s.assigneeId ? null : s.role,
    officerAgency: s.role === "reception" ? d.receivingUnit : (s.agencyCode ?? d.agencyCode),
  });
  const dossierRunning = RUNNING.has(d.state);
  // The return step after the result (state "handled") still has its own quota.
  if (!dossierRunning && d.state !== "handled") return out;
  for (const s of open)
    out.push(
      ...rowsFor(
        `step:${s.seq}`,
        s.dueAt,
        s.receivedAt,
        { stepName: s.name, ...officerOf(s), leaderAgency: s.agencyCode ?? d.agencyCode },
        thresholds,
        cal,
      ),
    );
  if (!dossierRunning || !d.dueAt || !d.receivedAt) return out;
  const current = open[open.length - 1];
  const officer: Officer = current
    ? officerOf(current)
    : { officerId: null, officerRole: null, officerAgency: null };
  const base = { stepName: current?.name ?? null, ...officer, leaderAgency: d.agencyCode };
  if (extension)
    out.push(
      ...rowsFor("extension", extension.newDueAt, extension.signedAt, base, thresholds, cal),
    );
  else out.push(...rowsFor("dossier", d.dueAt, d.receivedAt, base, thresholds, cal));
  return out;
}

/** Replaces the dossier's unsent warning moments with `rows`; sent ones stay as they are. */
export async function saveWarnings(
  tx: Sql,
  d: Dossier,
  rows: WarningRow[],
  /** The dossier is new in this transaction: it has no moments to drop. */
  fresh = false,
): Promise<void> {
  for (const s of warningStatements(d, rows, fresh)) await tx.query(s.text, s.params);
}

/**
 * The statements saveWarnings runs (the moments no longer wanted dropped, the wanted ones
 * written: different rows), to run later (with others: platform/statements.ts).
 */
export function warningStatements(d: Dossier, rows: WarningRow[], fresh = false): Statement[] {
  const out: Statement[] = [];
  const keys = rows.map((r) => `${r.target}|${r.threshold}`);
  if (!fresh)
    out.push({
      text: `DELETE FROM late_warnings WHERE dossier_id = $1 AND sent_at IS NULL
       AND NOT (target || '|' || threshold = ANY($2::text[]))`,
      params: [d.id, keys],
    });
  if (!rows.length) return out;
  const col = <K extends keyof WarningRow>(k: K) => rows.map((r) => r[k]);
  out.push({
    text: `INSERT INTO late_warnings (dossier_id, dossier_code, target, threshold, severity, warn_at, due_at,
       step_name, officer_id, officer_role, officer_agency, leader_agency)
     SELECT $1, $2, * FROM unnest($3::text[], $4::text[], $5::int[], $6::timestamptz[], $7::timestamptz[],
       $8::text[], $9::text[], $10::text[], $11::text[], $12::text[])
     ON CONFLICT (dossier_id, target, threshold) DO UPDATE SET severity = EXCLUDED.severity,
       warn_at = EXCLUDED.warn_at, due_at = EXCLUDED.due_at, step_name = EXCLUDED.step_name,
       officer_id = EXCLUDED.officer_id, officer_role = EXCLUDED.officer_role,
       officer_agency = EXCLUDED.officer_agency, leader_agency = EXCLUDED.leader_agency
     WHERE late_warnings.sent_at IS NULL`,
    params: [
      d.id,
      d.code,
      col("target"),
      col("threshold"),
      col("severity"),
      rows.map((r) => r.warnAt.toISOString()),
      rows.map((r) => r.dueAt.toISOString()),
      col("stepName"),
      col("officerId"),
      col("officerRole"),
      col("officerAgency"),
      col("leaderAgency"),
    ],
  });
  return out;
}
