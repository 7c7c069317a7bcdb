// An inspection's life (reform spec, "Inspections"): planned in the year's plan, carried out with
// its findings, concluded by a signed notice whose remediation items become tasks of the
// inspected unit (owner, deadline, closing evidence), monitored by the inspecting office.
import type { Outcome } from "../../../platform/command.ts";
import type { Sql } from "../../../platform/db.ts";
import type { Actor, AgencyTree } from "../../identity/index.ts";
import type { ReformDeps } from "../deps.ts";
import { issueDirective } from "../directives/issue.ts";
import {
  beforePlan,
  inspectionNotFound,
  inspectionStage,
  notAUnit,
  ownerOutsideTarget,
  unknownAgency,
} from "../errors.ts";
import { UNIT_LEVELS } from "../units.ts";
import type { ConclusionInput, FindingsInput, PlanInput } from "./schemas.ts";

interface Row {
  id: string;
  year: number;
  target_code: string;
  inspector_code: string;
  stage: "planned" | "carried_out" | "concluded";
}

async function lock(tx: Sql, id: string): Promise<Row> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw inspectionNotFound(id);
  const r = await tx.query<Row>(
    "SELECT id, year, target_code, inspector_code, stage FROM reform_inspections WHERE id = $1 FOR UPDATE",
    [id],
  );
  if (!r.rows[0]) throw inspectionNotFound(id);
  return r.rows[0];
}

export async function planInspection(
  tx: Sql,
  actor: Actor,
  tree: AgencyTree,
  p: PlanInput,
  now: Date,
): Promise<Outcome<{ id: string }>> {
  const target = tree.byCode.get(p.target);
  if (!target) throw unknownAgency(p.target, "target");
  if (!(UNIT_LEVELS as readonly string[]).includes(target.level)) throw notAUnit(p.target);
  if (!tree.byCode.has(p.inspector)) throw unknownAgency(p.inspector, "inspector");
  if (p.plannedOn.slice(0, 4) !== String(p.year)) throw beforePlan("plannedOn");
  const r = await tx.query<{ id: string }>(
    `INSERT INTO reform_inspections (year, kind, target_code, inspector_code, team, scope, planned_on, stage, created_at, created_by)
     VALUES ($1, $2, $3, $4, $5::text[], $6, $7, 'planned', $8, $9) RETURNING id`,
    [p.year, p.kind, p.target, p.inspector, p.team, p.scope, p.plannedOn, now, actor.username],
  );
  const id = r.rows[0].id;
  return {
    answer: { id },
    audit: {
      action: "reform.inspection_planned",
      subjectType: "reform_inspection",
      subjectId: id,
      agencyCode: p.inspector,
      details: { year: p.year, kind: p.kind, target: p.target },
    },
  };
}

export async function recordFindings(
  tx: Sql,
  id: string,
  f: FindingsInput,
): Promise<Outcome<{ id: string; stage: "carried_out" }>> {
  const row = await lock(tx, id);
  if (row.stage === "concluded")
    throw inspectionStage(row.stage, { vi: "sửa kết quả kiểm tra", en: "change the findings" });
  if (f.carriedOn.slice(0, 4) < String(row.year)) throw beforePlan("carriedOn");
  await tx.query(
    `UPDATE reform_inspections SET stage = 'carried_out', carried_on = $2, findings = $3::jsonb,
            team = coalesce($4::text[], team) WHERE id = $1`,
    [id, f.carriedOn, JSON.stringify(f.findings), f.team ?? null],
  );
  return {
    answer: { id, stage: "carried_out" },
    audit: {
      action: "reform.inspection_carried_out",
      subjectType: "reform_inspection",
      subjectId: id,
      agencyCode: row.inspector_code,
      details: { carriedOn: f.carriedOn, findings: f.findings.length },
    },
  };
}

export async function conclude(
  deps: ReformDeps,
  tx: Sql,
  actor: Actor,
  tree: AgencyTree,
  id: string,
  c: ConclusionInput,
  now: Date,
): Promise<Outcome<{ id: string; conclusionId: string; items: { id: string; ref: string }[] }>> {
  const row = await lock(tx, id);
  if (row.stage !== "carried_out")
    throw inspectionStage(row.stage, { vi: "kết luận", en: "conclude" });
  const inside = new Set(tree.subtreeOf(row.target_code));
  const tasks = c.items.map((item, i) => {
    const owner = item.owner ?? row.target_code;
    if (!tree.byCode.has(owner)) throw unknownAgency(owner, `items[${i}].owner`);
    if (!inside.has(owner)) throw ownerOutsideTarget(owner, row.target_code, `items[${i}].owner`);
    return {
      ref: item.ref,
      text: item.text,
      assignees: { levels: [], agencies: [owner] },
      deadline: item.deadline,
      cycle: null,
      lead: owner,
      cooperating: [],
      monitors: [row.inspector_code],
    };
  });
  const target = tree.byCode.get(row.target_code);
  const notice = await issueDirective(
    deps,
    tx,
    actor,
    tree,
    {
      number: c.number,
      kind: "conclusion",
      issuedOn: c.issuedOn,
      issuer: row.inspector_code,
      signer: c.signer,
      subject: `Kết luận kiểm tra công tác cải cách hành chính tại ${target?.name ?? row.target_code}`,
      fileSha256: c.fileSha256,
      tasks,
    },
    now,
  );
  await tx.query(
    "UPDATE reform_inspections SET stage = 'concluded', conclusion = $2, conclusion_id = $3 WHERE id = $1",
    [id, c.conclusion, notice.id],
  );
  return {
    answer: {
      id,
      conclusionId: notice.id,
      items: notice.tasks.map((t) => ({ id: t.id, ref: t.ref })),
    },
    audit: {
      action: "reform.inspection_concluded",
      subjectType: "reform_inspection",
      subjectId: id,
      agencyCode: row.inspector_code,
      details: { number: c.number, items: tasks.length },
    },
  };
}
