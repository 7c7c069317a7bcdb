// The monitor's status of one task for one unit on a day: done / on track / late / not reported
// (reform spec, "Directives and tasks"). A pure rule over the task's schedule and the unit's reports.
import { type Cycle, closedPeriods, type DayRange, periodOf } from "../periods.ts";

export type TaskStatus = "done" | "on_track" | "late" | "not_reported";
export const TASK_STATUSES: readonly TaskStatus[] = ["done", "on_track", "late", "not_reported"];

export interface TaskSchedule {
  startsOn: string;
  deadline: string | null;
  cycle: Cycle | null;
}

export interface UnitReport {
  status: "in_progress" | "done" | "blocked";
  reportedOn: string;
}

export interface StatusResult {
  status: TaskStatus;
  /** The day the missing report or the completion was (or is) due; null when nothing is due. */
  dueOn: string | null;
  /** Done on or before the deadline (null while not done or when the task has no deadline). */
  onTime: boolean | null;
  lastReportOn: string | null;
}

/**
 * A one-off task (deadline) is done when a "done" report exists, late once the deadline passed
 * without one, otherwise on track when reported and not reported when not. A recurring task
 * (cycle) needs a report in every period: late when the last closed period since the start has
 * none; with a deadline too, the deadline rule decides once it has passed.
 */
export function taskStatus(task: TaskSchedule, reports: UnitReport[], today: string): StatusResult {
  const sorted = [...reports].sort((a, b) => a.reportedOn.localeCompare(b.reportedOn));
  const last = sorted.at(-1)?.reportedOn ?? null;
  const done = sorted.find((r) => r.status === "done");
  if (done && (task.deadline !== null || task.cycle === null))
    return {
      status: "done",
      dueOn: task.deadline,
      onTime: task.deadline ? done.reportedOn <= task.deadline : null,
      lastReportOn: last,
    };
  if (task.deadline !== null && (task.cycle === null || today > task.deadline))
    return {
      status: today > task.deadline ? "late" : last ? "on_track" : "not_reported",
      dueOn: task.deadline,
      onTime: null,
      lastReportOn: last,
    };
  const cycle = task.cycle as Cycle;
  const closed = closedPeriods(cycle, task.startsOn, yesterday(today));
  const lastClosed = closed.at(-1);
  if (lastClosed && !reportedIn(sorted, lastClosed))
    return { status: "late", dueOn: lastClosed.to, onTime: null, lastReportOn: last };
  const current = periodOf(cycle, today);
  return {
    status: last ? "on_track" : "not_reported",
    dueOn: current.to,
    onTime: null,
    lastReportOn: last,
  };
}

/** Whether the unit reported within the period (a report made in it covers it). */
export function reportedIn(reports: UnitReport[], p: DayRange): boolean {
  return reports.some((r) => r.reportedOn >= p.from && r.reportedOn <= p.to);
}

function yesterday(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Of the unit's obligations falling due within [from, to], how many were met on time: a one-off
 * task whose deadline falls in the range counts once (met when done by the deadline); a recurring
 * task counts each of its periods closed within the range (met when reported in the period).
 */
export function obligationsMet(
  task: TaskSchedule,
  reports: UnitReport[],
  range: DayRange,
): { due: number; met: number } {
  let due = 0;
  let met = 0;
  if (task.deadline !== null && task.deadline >= range.from && task.deadline <= range.to) {
    due++;
    if (reports.some((r) => r.status === "done" && r.reportedOn <= task.deadline!)) met++;
  }
  if (task.cycle !== null)
    for (const p of closedPeriods(task.cycle, task.startsOn, range.to)) {
      if (p.to < range.from || (task.deadline !== null && p.from > task.deadline)) continue;
      due++;
      if (reportedIn(reports, p)) met++;
    }
  return { due, met };
}
