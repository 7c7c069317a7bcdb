// A dossier received and routed to an agency that is not competent for it: that agency's leader
// sends it back to the receiving unit, which routes it to the competent agency. Who may do each
// half, the counter's step in between (on the control sheet, Form 06) and whom the lost time is
// charged to. Rules chosen and cited in docs/rules/rerouting-after-reception.md.
import type { Sql } from "../../platform/db.ts";
import { AppError } from "../../platform/errors.ts";
import { type Actor, holdersOf, type SubtreeOf } from "../identity/index.ts";
import { covers } from "./access.ts";
import type { ProcedureInfo, WorkCalendar } from "./ports.ts";
import type { Dossier } from "./types.ts";

async function receivingOfficer(sql: Sql, d: Dossier) {
  const r = await sql.query<{ id: string | null }>(
    `SELECT done_by_id AS id FROM dossier_steps
      WHERE dossier_id = $1 AND role = 'reception' AND step_index >= 0 ORDER BY seq LIMIT 1`,
    [d.id],
  );
  const id = r.rows[0]?.id;
  if (!id) return null;
  return (await holdersOf(sql, d.receivingUnit, "reception")).find((p) => p.id === id) ?? null;
}

export const REROUTE_STEP = "Trả về Bộ phận Một cửa, chuyển cơ quan có thẩm quyền";
/** The counter's step sits outside the procedure's internal process. */
const OUTSIDE_PROCESS = -1;
/** Without a reception step in the process: one working day (the online-reception line, 0290). */
const DEFAULT_HOURS = 8;

/** Only a leader (or head) of the agency holding the dossier sends it back. */
export function mayReturnMisrouted(actor: Actor, subtreeOf: SubtreeOf, d: Dossier): boolean {
  return covers(actor, "dossier.approve", subtreeOf, [d.agencyCode]);
}

/** A dossier sent back is re-routed by its receiving unit only. */
export function mayRerouteReceived(actor: Actor, subtreeOf: SubtreeOf, d: Dossier): boolean {
  return covers(actor, "dossier.receive", subtreeOf, [d.receivingUnit]);
}

export function notYours(d: Dossier, who: "leader" | "reception"): AppError {
  return new AppError("dossiers.misrouted_scope", "forbidden", {
    vi:
      who === "leader"
        ? `Chỉ lãnh đạo của ${d.agencyCode}, nơi đang giữ hồ sơ ${d.code}, được trả hồ sơ về Bộ phận Một cửa.`
        : `Chỉ Bộ phận Một cửa ${d.receivingUnit}, nơi đã tiếp nhận hồ sơ ${d.code}, được chuyển hồ sơ đến cơ quan có thẩm quyền.`,
    en:
      who === "leader"
        ? `Only a leader of ${d.agencyCode}, which holds dossier ${d.code}, may send it back to the one-stop unit.`
        : `Only the one-stop unit ${d.receivingUnit}, which received dossier ${d.code}, may route it to the competent agency.`,
  });
}

/**
 * The steps the non-competent agency held are kept as they happened (who, when), named with
 * that agency, and their time charged to the receiving unit that misrouted the dossier.
 */
export async function chargeToReception(sql: Sql, d: Dossier): Promise<void> {
  await sql.query(
    `UPDATE dossier_steps SET agency_code = COALESCE(agency_code, $2), charged_to = $3
      WHERE dossier_id = $1 AND role <> 'reception' AND step_index >= 0
        AND (agency_code IS NULL OR agency_code = $2)`,
    [d.id, d.agencyCode, d.receivingUnit],
  );
}

/**
 * The counter's step: the dossier waits at the receiving unit to be routed again, in the inbox of
 * the officer who received it while they still hold reception there (else any of the unit's).
 */
export async function openRerouteStep(
  sql: Sql,
  d: Dossier,
  proc: ProcedureInfo,
  now: Date,
  cal: WorkCalendar,
  by: string,
  reason: string,
): Promise<Date> {
  const hours = proc.steps[0]?.role === "reception" ? proc.steps[0].hours : DEFAULT_HOURS;
  const dueAt = cal.dueAt(now, hours, "working-hours");
  const to = await receivingOfficer(sql, d);
  await sql.query(
    `INSERT INTO dossier_steps (dossier_id, seq, step_index, name, role, agency_code, quota_hours, handed_by, received_at, due_at, note, assignee_id, assignee_name)
     VALUES ($1, (SELECT COALESCE(MAX(seq), 0) + 1 FROM dossier_steps WHERE dossier_id = $1), $2, $3, 'reception', $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      d.id,
      OUTSIDE_PROCESS,
      REROUTE_STEP,
      d.receivingUnit,
      hours,
      by,
      now,
      dueAt,
      reason,
      to?.id ?? null,
      to?.fullName ?? null,
    ],
  );
  return dueAt;
}
