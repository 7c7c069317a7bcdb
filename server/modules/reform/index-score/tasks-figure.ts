// The "directive tasks done on time" figure of each unit over a period, from the task reports.
import type { Sql } from "../../../platform/db.ts";
import type { Figure } from "../deps.ts";
import { loadReportDays, loadTasks } from "../directives/load.ts";
import { obligationsMet } from "../directives/status.ts";

export async function tasksOnTime(
  sql: Sql,
  units: string[],
  range: { from: string; to: string },
): Promise<Map<string, Figure>> {
  const tasks = await loadTasks(sql, { agencies: units });
  const reports = await loadReportDays(
    sql,
    tasks.map((t) => t.id),
  );
  const acc = new Map<string, { due: number; met: number }>();
  for (const t of tasks)
    for (const u of t.units) {
      const r = obligationsMet(t, reports.get(`${t.id}|${u}`) ?? [], range);
      const a = acc.get(u) ?? { due: 0, met: 0 };
      a.due += r.due;
      a.met += r.met;
      acc.set(u, a);
    }
  return new Map(
    [...acc].map(([u, a]) => [
      u,
      { numerator: a.met, denominator: a.due, value: a.due ? a.met / a.due : null },
    ]),
  );
}
