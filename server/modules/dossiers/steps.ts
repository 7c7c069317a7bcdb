// Hand-overs between the steps of a procedure's internal process (the control sheet, Form 06):
// each step gets its own due moment from its quota in working hours, and is judged early,
// on time or late when it is handed on.
import type { Sql } from "../../platform/db.ts";
import type { Actor } from "../identity/index.ts";
import { vnDate } from "./code.ts";
import type { ProcedureInfo, WorkCalendar } from "./ports.ts";
import type { Dossier, StepRow } from "./types.ts";

export const APPROVER_ROLES = new Set(["leader", "head"]);

/**
 * How the control sheet names whoever acts: an officer by full name, an automatic step as the
 * system (Decree 118/2025/NĐ-CP Art. 18: every hand-over records who gave and who received).
 */
export function actorLabel(actor: Actor): string {
  if (actor.kind !== "system") return actor.fullName;
  return actor.fullName === "Hệ thống" ? "Hệ thống" : `Hệ thống (${actor.fullName})`;
}

export interface Assignee {
  id: string | null;
  name: string | null;
}

/**
 * Early when handed on before the due day, on time up to the due moment, late after it
 * (Decree 118/2025/NĐ-CP Art. 18: the control sheet records each step against its quota; the
 * day granularity for "early" is assumed).
 */
export function judgeStep(doneAt: Date, dueAt: Date): "early" | "on-time" | "late" {
  if (doneAt.getTime() > dueAt.getTime()) return "late";
  return vnDate(doneAt) < vnDate(dueAt) ? "early" : "on-time";
}

export async function openStepRow(tx: Sql, d: Dossier): Promise<StepRow | null> {
  const r = await tx.query<{ seq: number; due_at: Date; step_index: number }>(
    "SELECT seq, due_at, step_index FROM dossier_steps WHERE dossier_id = $1 AND done_at IS NULL ORDER BY seq DESC LIMIT 1",
    [d.id],
  );
  const s = r.rows[0];
  return s ? ({ seq: s.seq, dueAt: new Date(s.due_at), stepIndex: s.step_index } as StepRow) : null;
}

export interface OpenHandOff {
  seq: number;
  stepIndex: number;
  agency: string;
  acknowledgedAt: Date | null;
}

/** The open step when it is handed to another agency than the competent one (liên thông). */
export async function openHandOff(tx: Sql, d: Dossier): Promise<OpenHandOff | null> {
  const r = await tx.query<{
    seq: number;
    step_index: number;
    agency_code: string;
    acknowledged_at: Date | null;
  }>(
    `SELECT seq, step_index, agency_code, acknowledged_at FROM dossier_steps
      WHERE dossier_id = $1 AND done_at IS NULL AND agency_code IS NOT NULL AND agency_code <> $2
      ORDER BY seq DESC LIMIT 1`,
    [d.id, d.agencyCode],
  );
  const x = r.rows[0];
  if (!x) return null;
  return {
    seq: x.seq,
    stepIndex: x.step_index,
    agency: x.agency_code,
    acknowledgedAt: x.acknowledged_at ? new Date(x.acknowledged_at) : null,
  };
}

/**
 * Opens step `index` of the process at `now`; returns the hand-over's due moment. `done`: the
 * step is also handed on at `now` (the reception step at the moment of reception), in one write.
 */
export async function openStep(
  tx: Sql,
  d: Dossier,
  proc: ProcedureInfo,
  index: number,
  now: Date,
  cal: WorkCalendar,
  by: string,
  assignee: Assignee = { id: null, name: null },
  done = false,
): Promise<{ name: string; role: string; agency: string | null; dueAt: Date }> {
  const step = proc.steps[index];
  // Each step's quota is in working hours inside the legal time (Decree 118/2025 Art. 18).
  const dueAt = cal.dueAt(now, step.hours, "working-hours");
  const agency = step.agency ?? null;
  await tx.query(
    `INSERT INTO dossier_steps (dossier_id, seq, step_index, name, role, agency_code, quota_hours, assignee_id, assignee_name, handed_by, received_at, due_at, done_at, result, done_by, done_by_id)
     VALUES ($1, (SELECT COALESCE(MAX(seq), 0) + 1 FROM dossier_steps WHERE dossier_id = $1), $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
    [
      d.id,
      index,
      step.name,
      step.role,
      agency,
      step.hours,
      assignee.id,
      assignee.name,
      by,
      now,
      dueAt,
      done ? now : null,
      done ? judgeStep(now, dueAt) : null,
      done ? assignee.name : null,
      done ? assignee.id : null,
    ],
  );
  return { name: step.name, role: step.role, agency, dueAt };
}

/** Closes the open hand-over (if any) at `now`, naming who closed it; returns its result. */
export async function closeStep(tx: Sql, d: Dossier, now: Date, by: Actor, note?: string) {
  const open = await openStepRow(tx, d);
  if (!open) return null;
  const result = judgeStep(now, open.dueAt);
  await tx.query(
    "UPDATE dossier_steps SET done_at = $3, result = $4, note = COALESCE($5, note), done_by = $6, done_by_id = $7 WHERE dossier_id = $1 AND seq = $2",
    [d.id, open.seq, now, result, note ?? null, actorLabel(by), by.userId],
  );
  return { stepIndex: open.stepIndex, result, dueAt: open.dueAt };
}

/** Moves the open step's due moment later by the paused working time. */
export async function extendOpenStep(
  tx: Sql,
  d: Dossier,
  minutes: number,
  cal: WorkCalendar,
): Promise<void> {
  const open = await openStepRow(tx, d);
  if (!open || minutes <= 0) return;
  await tx.query("UPDATE dossier_steps SET due_at = $3 WHERE dossier_id = $1 AND seq = $2", [
    d.id,
    open.seq,
    cal.addWorkingMinutes(open.dueAt, minutes),
  ]);
}
