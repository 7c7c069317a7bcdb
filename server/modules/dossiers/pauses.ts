// Clock pauses: while the dossier waits for the applicant's supplement its clock stops, and the
// appointment moves later by the working time paused (Decree 118/2025/NĐ-CP; docs calendar.md).
import type { Sql } from "../../platform/db.ts";
import type { WorkCalendar } from "./ports.ts";
import { extendOpenStep } from "./steps.ts";
import type { Dossier } from "./types.ts";

export async function startPause(
  tx: Sql,
  d: Dossier,
  reason: "supplement" | "payment",
  now: Date,
): Promise<void> {
  await tx.query(
    `INSERT INTO dossier_pauses (dossier_id, seq, reason, started_at)
     VALUES ($1, (SELECT COALESCE(MAX(seq), 0) + 1 FROM dossier_pauses WHERE dossier_id = $1), $2, $3)`,
    [d.id, reason, now],
  );
}

/** Ends the open pause at `now`; returns its start and the working minutes it lasted. */
export async function endPause(
  tx: Sql,
  d: Dossier,
  now: Date,
  cal: WorkCalendar,
): Promise<{ startedAt: Date; minutes: number } | null> {
  const r = await tx.query<{ seq: number; started_at: Date }>(
    "SELECT seq, started_at FROM dossier_pauses WHERE dossier_id = $1 AND ended_at IS NULL ORDER BY seq DESC LIMIT 1",
    [d.id],
  );
  const p = r.rows[0];
  if (!p) return null;
  const startedAt = new Date(p.started_at);
  const minutes = Math.max(0, cal.workingMinutesBetween(startedAt, now));
  await tx.query(
    "UPDATE dossier_pauses SET ended_at = $3, working_minutes = $4 WHERE dossier_id = $1 AND seq = $2",
    [d.id, p.seq, now, minutes],
  );
  return { startedAt, minutes };
}

export async function listPauses(sql: Sql, dossierId: string) {
  const r = await sql.query<{
    seq: number;
    reason: string;
    started_at: Date;
    ended_at: Date | null;
    working_minutes: number | null;
  }>(
    "SELECT seq, reason, started_at, ended_at, working_minutes FROM dossier_pauses WHERE dossier_id = $1 ORDER BY seq",
    [dossierId],
  );
  return r.rows.map((p) => ({
    seq: p.seq,
    reason: p.reason,
    startedAt: new Date(p.started_at),
    endedAt: p.ended_at ? new Date(p.ended_at) : null,
    workingMinutes: p.working_minutes,
  }));
}

/**
 * Ends the open pause, if any: the appointment and the open step's due moment move later by the
 * working time paused. Without an open pause nothing moves.
 */
export async function resumeClock(
  tx: Sql,
  d: Dossier,
  now: Date,
  cal: WorkCalendar,
): Promise<{ minutes: number; dueAt: Date | null }> {
  const pause = await endPause(tx, d, now, cal);
  if (!pause) return { minutes: 0, dueAt: d.dueAt };
  await extendOpenStep(tx, d, pause.minutes, cal);
  return {
    minutes: pause.minutes,
    dueAt: d.dueAt ? cal.addWorkingMinutes(d.dueAt, pause.minutes) : null,
  };
}
