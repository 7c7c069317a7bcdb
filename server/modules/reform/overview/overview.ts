// The control room's page per unit (issue "Reform management": "reform index, service index,
// tasks, inspections, in one view, for the provincial office and Home Affairs"): one read that
// returns rows ready to show — the published reform index and rank, the Decision 766 service
// index of the year, the directive tasks with their monitor status, the inspections and the
// remediation items still open.
import type { z } from "zod";
import type { unitOverview as unitOverviewSchema } from "../../../../shared/contracts/reform.ts";
import type { Sql } from "../../../platform/db.ts";
import type { AgencyTree } from "../../identity/index.ts";
import type { ReformDeps } from "../deps.ts";
import { loadReports, loadTasks } from "../directives/load.ts";
import { TASK_STATUSES, type TaskStatus, taskStatus } from "../directives/status.ts";
import type { Stage } from "../index-score/store.ts";
import { listInspections } from "../inspections/view.ts";

type UnitOverview = z.infer<typeof unitOverviewSchema>;
type OverviewTask = UnitOverview["tasks"]["rows"][number];

const TASK_ORDER: Record<TaskStatus, number> = { late: 0, not_reported: 1, on_track: 2, done: 3 };

export async function unitOverview(
  deps: ReformDeps,
  sql: Sql,
  tree: AgencyTree,
  f: { agency: string; year: number; today: string; seesUnannounced: boolean },
): Promise<UnitOverview> {
  const a = tree.byCode.get(f.agency)!;
  const published = await sql.query<{
    total: string;
    rank: number;
    detail: { stage?: string } | string;
    computed_at: Date | string;
    of: number;
  }>(
    `SELECT r.total, r.rank, r.detail, r.computed_at,
            (SELECT count(*)::int FROM reform_results o WHERE o.year = r.year AND o.level = r.level) AS of
       FROM reform_results r WHERE r.year = $1 AND r.agency_code = $2`,
    [f.year, f.agency],
  );
  const p = published.rows[0];
  const detail = p ? (typeof p.detail === "string" ? JSON.parse(p.detail) : p.detail) : null;
  const si = deps.serviceIndex
    ? await deps.serviceIndex(sql, tree, f.agency, {
        from: `${f.year}-01-01`,
        to: `${f.year}-12-31`,
      })
    : null;
  const serviceIndex = si && {
    from: si.from,
    to: si.to,
    total: si.total,
    max: si.groups.reduce((n, g) => n + g.max, 0),
    groups: si.groups,
    band: si.band,
    noData: si.noData,
  };

  const tasks = (await loadTasks(sql, { agencies: [f.agency] })).filter(
    (t) => t.directiveKind !== "conclusion",
  );
  const reports = await loadReports(
    sql,
    tasks.map((t) => t.id),
  );
  const counts = Object.fromEntries(TASK_STATUSES.map((s) => [s, 0])) as Record<TaskStatus, number>;
  const rows = tasks
    .map((t): OverviewTask => {
      const s = taskStatus(t, reports.get(`${t.id}|${f.agency}`) ?? [], f.today);
      counts[s.status]++;
      return {
        taskId: t.id,
        directiveNumber: t.directiveNumber,
        ref: t.ref,
        text: t.text,
        status: s.status,
        dueOn: s.dueOn,
        lastReportOn: s.lastReportOn,
      };
    })
    .sort((x, y) => TASK_ORDER[x.status] - TASK_ORDER[y.status]);

  const inspections = await listInspections(
    sql,
    tree,
    { targets: [f.agency], seesUnannounced: f.seesUnannounced },
    f.today,
  );
  return {
    agency: f.agency,
    name: a.name,
    level: a.level,
    year: f.year,
    today: f.today,
    reformIndex: p
      ? {
          total: Number(p.total),
          rank: p.rank,
          of: p.of,
          stage: (detail?.stage ?? "none") as Stage,
          computedAt: new Date(p.computed_at).toISOString(),
        }
      : null,
    serviceIndex,
    tasks: { counts, rows },
    inspections: inspections
      .map((i) => ({
        id: i.id,
        year: i.year,
        kind: i.kind,
        plannedOn: i.plannedOn,
        stage: i.stage,
        inspectorName: i.inspectorName,
        conclusionNumber: i.conclusionNumber,
        counts: i.counts,
      }))
      .reverse(),
    openItems: inspections.flatMap((i) =>
      i.items
        .filter((it) => it.owner === f.agency && it.state !== "closed")
        .map((it) => ({
          taskId: it.taskId,
          inspectionId: i.id,
          conclusionNumber: i.conclusionNumber,
          ref: it.ref,
          text: it.text,
          deadline: it.deadline,
          state: it.state as "open" | "overdue",
          lastReport: it.lastReport,
        })),
    ),
  };
}
