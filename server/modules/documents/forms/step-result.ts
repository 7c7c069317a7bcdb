// Outcome of one handling step against its due time, as the control sheet (Form 06) records it.
import { sameVnDay } from "./vn-time.ts";

export type StepResult = "early" | "on_time" | "late";

/**
 * Finished after the due instant: late; on the due day (Vietnam time) but not after: on time;
 * on an earlier day: early (Circular 03/2025/TT-VPCP, Form 06: "trước hạn / đúng hạn / quá hạn").
 * Unfinished steps have no result yet.
 */
export function stepResult(dueAt: Date, doneAt: Date | undefined): StepResult | undefined {
  if (!doneAt) return undefined;
  if (doneAt.getTime() > dueAt.getTime()) return "late";
  return sameVnDay(doneAt, dueAt) ? "on_time" : "early";
}

export const RESULT_LABELS: Record<StepResult, [vi: string, en: string]> = {
  early: ["Trước hạn", "Early"],
  on_time: ["Đúng hạn", "On time"],
  late: ["Quá hạn", "Late"],
};
