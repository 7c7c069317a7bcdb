// The monitor's view: per task and unit, done / on track / late / not reported, with counts.
import type { Sql } from "../../../platform/db.ts";
import type { AgencyTree } from "../../identity/index.ts";
import { loadReports, loadTasks, type TaskRow } from "./load.ts";
import { type StatusResult, TASK_STATUSES, type TaskStatus, taskStatus } from "./status.ts";

export interface MonitorCell extends StatusResult {
  agency: string;
  agencyName: string;
  lastText: string | null;
}

export interface MonitorTask extends Omit<TaskRow, "units"> {
  counts: Record<TaskStatus, number>;
  units: MonitorCell[];
}

export async function monitorView(
  sql: Sql,
  tree: AgencyTree,
  f: { directiveId?: string; agencies: string[] | null; status?: TaskStatus },
  today: string,
): Promise<{ today: string; tasks: MonitorTask[]; totals: Record<TaskStatus, number> }> {
  const tasks = await loadTasks(sql, { directiveId: f.directiveId, agencies: f.agencies });
  const reports = await loadReports(
    sql,
    tasks.map((t) => t.id),
  );
  const totals = zero();
  const out = tasks.map((t) => {
    const counts = zero();
    const units: MonitorCell[] = [];
    for (const agency of t.units) {
      const list = reports.get(`${t.id}|${agency}`) ?? [];
      const s = taskStatus(t, list, today);
      counts[s.status]++;
      totals[s.status]++;
      if (f.status && s.status !== f.status) continue;
      units.push({
        ...s,
        agency,
        agencyName: tree.byCode.get(agency)?.name ?? agency,
        lastText: list.at(-1)?.text ?? null,
      });
    }
    const { units: _, ...rest } = t;
    return { ...rest, counts, units };
  });
  return { today, tasks: out, totals };
}

function zero(): Record<TaskStatus, number> {
  return Object.fromEntries(TASK_STATUSES.map((s) => [s, 0])) as Record<TaskStatus, number>;
}
