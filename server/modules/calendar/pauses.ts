// Pauses: while a dossier waits for the applicant its clock stops, and the appointment moves
// later by the working time paused (Decree 118/2025/NĐ-CP, one-stop mechanism).
import { AppError } from "../../platform/errors.ts";
import type { Calendar } from "./types.ts";
import { addWorkingMs, workingMsBetween } from "./working-time.ts";

export interface Pause {
  from: Date;
  /** null while the pause is still running. */
  to: Date | null;
}

/** Working ms inside the union of the pauses (overlaps counted once); open pauses end at asOf. */
export function pausedWorkingMs(pauses: readonly Pause[], cal: Calendar, asOf?: Date): number {
  const spans = pauses.map((p, i) => {
    const to = p.to ?? asOf;
    if (!to) {
      throw new AppError("calendar.open_pause", "bad_input", {
        vi: `Khoảng tạm dừng thứ ${i + 1} chưa kết thúc: cần thời điểm tính (asOf)`,
        en: `Pause ${i + 1} has not ended: an asOf instant is needed`,
      });
    }
    const [a, b] = [p.from.getTime(), to.getTime()];
    if (!(b >= a)) {
      throw new AppError("calendar.bad_pause", "bad_input", {
        vi: `Khoảng tạm dừng thứ ${i + 1} kết thúc trước khi bắt đầu`,
        en: `Pause ${i + 1} ends before it starts`,
      });
    }
    return [a, b] as const;
  });
  spans.sort((x, y) => x[0] - y[0]);
  let total = 0;
  let cur: [number, number] | null = null;
  for (const [a, b] of spans) {
    if (cur && a <= cur[1]) cur[1] = Math.max(cur[1], b);
    else {
      if (cur) total += workingMsBetween(cal, cur[0], cur[1]);
      cur = [a, b];
    }
  }
  if (cur) total += workingMsBetween(cal, cur[0], cur[1]);
  return total;
}

/** The due moment moved later by the working time paused. */
export function extendForPauses(
  due: Date,
  pauses: readonly Pause[],
  cal: Calendar,
  asOf?: Date,
): Date {
  return new Date(addWorkingMs(cal, due.getTime(), pausedWorkingMs(pauses, cal, asOf)));
}
