// Inspections as the inspecting office and the inspected unit see them: the plan of a year, and
// each inspection with its findings, conclusion and remediation items (open / closed / overdue).
import type { Sql } from "../../../platform/db.ts";
import type { AgencyTree } from "../../identity/index.ts";
import { loadReports, loadTasks } from "../directives/load.ts";
import { taskStatus } from "../directives/status.ts";

export type ItemState = "open" | "closed" | "overdue";

export interface RemediationItem {
  taskId: string;
  ref: string;
  text: string;
  owner: string;
  ownerName: string;
  deadline: string;
  state: ItemState;
  closedOn: string | null;
  /** Closed after the deadline. */
  closedLate: boolean;
  evidence: string[];
  lastReport: string | null;
}

export interface InspectionView {
  id: string;
  year: number;
  kind: "periodic" | "unannounced";
  target: string;
  targetName: string;
  inspector: string;
  inspectorName: string;
  team: string[];
  scope: string;
  plannedOn: string;
  stage: "planned" | "carried_out" | "concluded";
  carriedOn: string | null;
  findings: { area: string; text: string }[];
  conclusion: string | null;
  conclusionNumber: string | null;
  items: RemediationItem[];
  counts: Record<ItemState, number>;
}

const day = (v: unknown) =>
  v == null ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10);

/**
 * The inspections of a year (or all), of targets within `targets` (null: all). Unannounced
 * inspections not yet carried out are shown only to those who manage inspections.
 */
export async function listInspections(
  sql: Sql,
  tree: AgencyTree,
  f: { year?: number; targets: string[] | null; id?: string; seesUnannounced: boolean },
  today: string,
): Promise<InspectionView[]> {
  const r = await sql.query<Record<string, unknown>>(
    `SELECT i.*, d.number AS conclusion_number FROM reform_inspections i
       LEFT JOIN reform_directives d ON d.id = i.conclusion_id
      WHERE ($1::int IS NULL OR i.year = $1) AND ($2::text[] IS NULL OR i.target_code = ANY($2::text[]))
        AND ($3::uuid IS NULL OR i.id = $3)
        AND ($4 OR i.kind = 'periodic' OR i.stage <> 'planned')
      ORDER BY i.planned_on, i.target_code`,
    [f.year ?? null, f.targets, f.id ?? null, f.seesUnannounced],
  );
  const name = (code: string) => tree.byCode.get(code)?.name ?? code;
  const out: InspectionView[] = [];
  for (const x of r.rows) {
    const items = x.conclusion_id
      ? await remediation(sql, tree, x.conclusion_id as string, today)
      : [];
    const counts: Record<ItemState, number> = { open: 0, closed: 0, overdue: 0 };
    for (const i of items) counts[i.state]++;
    out.push({
      id: x.id as string,
      year: Number(x.year),
      kind: x.kind as InspectionView["kind"],
      target: x.target_code as string,
      targetName: name(x.target_code as string),
      inspector: x.inspector_code as string,
      inspectorName: name(x.inspector_code as string),
      team: x.team as string[],
      scope: x.scope as string,
      plannedOn: day(x.planned_on)!,
      stage: x.stage as InspectionView["stage"],
      carriedOn: day(x.carried_on),
      findings: x.findings as InspectionView["findings"],
      conclusion: (x.conclusion as string | null) ?? null,
      conclusionNumber: (x.conclusion_number as string | null) ?? null,
      items,
      counts,
    });
  }
  return out;
}

async function remediation(
  sql: Sql,
  tree: AgencyTree,
  conclusionId: string,
  today: string,
): Promise<RemediationItem[]> {
  const tasks = await loadTasks(sql, { directiveId: conclusionId });
  const reports = await loadReports(
    sql,
    tasks.map((t) => t.id),
  );
  return tasks.flatMap((t) =>
    t.units.map((owner) => {
      const list = reports.get(`${t.id}|${owner}`) ?? [];
      const s = taskStatus(t, list, today);
      const done = list.find((r) => r.status === "done");
      return {
        taskId: t.id,
        ref: t.ref,
        text: t.text,
        owner,
        ownerName: tree.byCode.get(owner)?.name ?? owner,
        deadline: t.deadline!,
        state: (s.status === "done"
          ? "closed"
          : s.status === "late"
            ? "overdue"
            : "open") as ItemState,
        closedOn: done?.reportedOn ?? null,
        closedLate: s.status === "done" && s.onTime === false,
        evidence: done?.evidence ?? [],
        lastReport: list.at(-1)?.text ?? null,
      };
    }),
  );
}
