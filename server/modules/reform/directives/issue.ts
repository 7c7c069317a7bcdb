// Records a directive with its tasks, each task's assignment resolved to agencies, in one
// transaction with its audit record.
import type { Outcome } from "../../../platform/command.ts";
import type { Sql } from "../../../platform/db.ts";
import { record } from "../../audit/index.ts";
import type { Actor, AgencyTree } from "../../identity/index.ts";
import type { ReformDeps } from "../deps.ts";
import { duplicateDirective, missingEvidence, noAssignees, unknownAgency } from "../errors.ts";
import { resolveAssignees } from "./assignees.ts";
import type { DirectiveRecord } from "./schemas.ts";

export interface IssuedDirective {
  id: string;
  number: string;
  tasks: { id: string; ref: string; units: number }[];
}

/** Issues the directive and writes its audit record (an inspection's conclusion, the demo, the bench). */
export async function issueDirective(
  deps: ReformDeps,
  tx: Sql,
  actor: Actor,
  tree: AgencyTree,
  d: DirectiveRecord,
  now: Date,
): Promise<IssuedDirective> {
  const { answer, audit } = await recordDirective(deps, tx, actor, tree, d, now);
  await record(tx, actor, now, audit);
  return answer;
}

/** The directive and its tasks, with the audit record for the caller (the command) to write. */
export async function recordDirective(
  deps: ReformDeps,
  tx: Sql,
  actor: Actor,
  tree: AgencyTree,
  d: DirectiveRecord,
  now: Date,
): Promise<Outcome<IssuedDirective>> {
  if (!tree.byCode.has(d.issuer)) throw unknownAgency(d.issuer, "issuer");
  if (d.fileSha256 && !(await deps.files?.has(d.fileSha256)))
    throw missingEvidence(d.fileSha256, "fileSha256");
  const dup = await tx.query(
    "SELECT 1 FROM reform_directives WHERE number = $1 AND issued_on = $2",
    [d.number, d.issuedOn],
  );
  if (dup.rows.length) throw duplicateDirective(d.number);
  const ins = await tx.query<{ id: string }>(
    `INSERT INTO reform_directives (number, kind, issued_on, issuer_code, signer, subject, file_sha256, created_at, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [
      d.number,
      d.kind,
      d.issuedOn,
      d.issuer,
      d.signer,
      d.subject,
      d.fileSha256,
      now,
      actor.username,
    ],
  );
  const id = ins.rows[0].id;
  const tasks: IssuedDirective["tasks"] = [];
  for (const [i, t] of d.tasks.entries()) {
    const field = `tasks[${i}]`;
    const units = resolveAssignees(tree, t.assignees, `${field}.assignees`);
    if (!units.length) throw noAssignees(t.ref);
    for (const [j, code] of [t.lead, ...t.cooperating, ...t.monitors].entries())
      if (code !== null && !tree.byCode.has(code)) throw unknownAgency(code, `${field}[${j}]`);
    const task = await tx.query<{ id: string }>(
      `INSERT INTO reform_tasks (directive_id, ref, text, assignees, deadline, cycle, lead_code, cooperating, monitors, starts_on)
       VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8::text[], $9::text[], $10) RETURNING id`,
      [
        id,
        t.ref,
        t.text,
        JSON.stringify(t.assignees),
        t.deadline,
        t.cycle,
        t.lead,
        t.cooperating,
        t.monitors,
        d.issuedOn,
      ],
    );
    await tx.query(
      "INSERT INTO reform_task_units (task_id, agency_code) SELECT $1, unnest($2::text[])",
      [task.rows[0].id, units],
    );
    tasks.push({ id: task.rows[0].id, ref: t.ref, units: units.length });
  }
  return {
    answer: { id, number: d.number, tasks },
    audit: {
      action: "reform.directive_issued",
      subjectType: "reform_directive",
      subjectId: id,
      agencyCode: d.issuer,
      details: { number: d.number, tasks: tasks.length },
    },
  };
}
