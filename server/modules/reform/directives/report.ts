// An assignee's progress report on a task: status, text and evidence files, and its audit record
// (written by the command helper in the same transaction).
import type { Outcome } from "../../../platform/command.ts";
import type { Sql } from "../../../platform/db.ts";
import type { Actor } from "../../identity/index.ts";
import type { ReformDeps } from "../deps.ts";
import { closingEvidenceRequired, missingEvidence, notAssigned, taskNotFound } from "../errors.ts";
import { vnDay } from "../periods.ts";
import type { ReportInput } from "./schemas.ts";

export async function reportProgress(
  deps: ReformDeps,
  tx: Sql,
  actor: Actor,
  taskId: string,
  r: ReportInput,
  now: Date,
): Promise<Outcome<{ id: string; reportedOn: string }>> {
  if (!/^[0-9a-f-]{36}$/i.test(taskId)) throw taskNotFound(taskId);
  const task = await tx.query<{ ref: string; kind: string; assigned: boolean }>(
    `SELECT t.ref, (SELECT d.kind FROM reform_directives d WHERE d.id = t.directive_id) AS kind, EXISTS (SELECT 1 FROM reform_task_units u WHERE u.task_id = t.id AND u.agency_code = $2) AS assigned
       FROM reform_tasks t WHERE t.id = $1`,
    [taskId, r.agency],
  );
  const t = task.rows[0];
  if (!t) throw taskNotFound(taskId);
  if (!t.assigned) throw notAssigned(t.ref, r.agency);
  // A remediation item of an inspection closes only with the evidence that it was remedied.
  if (t.kind === "conclusion" && r.status === "done" && !r.evidence.length)
    throw closingEvidenceRequired(t.ref);
  for (const [i, sha] of r.evidence.entries())
    if (!(await deps.files?.has(sha))) throw missingEvidence(sha, `evidence[${i}]`);
  const reportedOn = vnDay(now);
  const ins = await tx.query<{ id: string }>(
    `INSERT INTO reform_task_reports (task_id, agency_code, status, text, evidence, reported_on, reported_at, reported_by)
     VALUES ($1, $2, $3, $4, $5::text[], $6, $7, $8) RETURNING id`,
    [taskId, r.agency, r.status, r.text, r.evidence, reportedOn, now, actor.username],
  );
  return {
    answer: { id: ins.rows[0].id, reportedOn },
    audit: {
      action: "reform.task_reported",
      subjectType: "reform_task",
      subjectId: taskId,
      agencyCode: r.agency,
      details: { status: r.status, evidence: r.evidence.length },
    },
  };
}
