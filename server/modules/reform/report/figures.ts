// What a periodic reform report states from the system's own data (reform spec, "Periodic reform
// report"): the unit's dossier figures over the period and the progress of each directive task
// assigned to it as of the period's end.
import type { Sql } from "../../../platform/db.ts";
import type { AgencyTree } from "../../identity/index.ts";
import type { Figure, ReformDeps } from "../deps.ts";
import { loadReports, loadTasks } from "../directives/load.ts";
import { type TaskStatus, taskStatus } from "../directives/status.ts";
import { MEASURE_NAMES, type Measure } from "../index-score/measures.ts";
import { tasksOnTime } from "../index-score/tasks-figure.ts";
import type { DayRange } from "../periods.ts";

export interface ReportFigure extends Figure {
  measure: Measure;
  name: { vi: string; en: string };
}

export interface TaskProgress {
  taskId: string;
  directive: string;
  ref: string;
  text: string;
  status: TaskStatus;
  lastReportOn: string | null;
  lastReport: string | null;
}

/** The order in which the report states its figures. */
const ORDER: Measure[] = [
  "onlineDossierShare",
  "onTimeRate",
  "lateExplainedShare",
  "onlineProcedureShare",
  "onlinePaymentShare",
  "digitisedShare",
  "reuseShare",
  "satisfiedShare",
  "complaintsOnTime",
  "tasksOnTime",
];

export async function reportFigures(
  deps: ReformDeps,
  sql: Sql,
  tree: AgencyTree,
  agency: string,
  period: DayRange,
  today: string,
): Promise<{ figures: ReportFigure[]; tasks: TaskProgress[] }> {
  const unit = { code: agency, agencies: tree.subtreeOf(agency) };
  const measured = deps.figures ? await deps.figures(sql, [unit], period) : new Map();
  const f: Partial<Record<Measure, Figure>> = { ...(measured.get(agency) ?? {}) };
  f.tasksOnTime = (await tasksOnTime(sql, [agency], period)).get(agency);
  const figures = ORDER.map((measure) => ({
    measure,
    name: MEASURE_NAMES[measure],
    ...(f[measure] ?? { numerator: 0, denominator: 0, value: null }),
  }));
  // Progress as it stood at the end of the period (or today, for the current period).
  const asOf = today < period.to ? today : period.to;
  const all = (await loadTasks(sql, { agencies: [agency] })).filter((t) => t.startsOn <= asOf);
  const reports = await loadReports(
    sql,
    all.map((t) => t.id),
  );
  const tasks = all.map((t) => {
    const list = (reports.get(`${t.id}|${agency}`) ?? []).filter((r) => r.reportedOn <= asOf);
    const s = taskStatus(t, list, asOf);
    return {
      taskId: t.id,
      directive: t.directiveNumber,
      ref: t.ref,
      text: t.text,
      status: s.status,
      lastReportOn: s.lastReportOn,
      lastReport: list.at(-1)?.text ?? null,
    };
  });
  return { figures, tasks };
}
