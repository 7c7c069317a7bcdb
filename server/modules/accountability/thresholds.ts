// Warning thresholds as data and the instant each one is reached, in working time: "1 working
// day before the due moment" is the instant from which one working day or less remains.
import type { Messages } from "../../platform/errors.ts";
import { type Calendar, workingTimeBetween } from "../calendar/index.ts";

export interface Threshold {
  id: string;
  /** Working time left when the warning is due; null: the due moment has passed (late). */
  before: { value: number; unit: "working-days" | "working-hours" } | null;
  label: Messages;
}

// Decree 118/2025/NĐ-CP: the system warns before a step or dossier runs late; the amounts are
// not fixed by law (assumed defaults, kept as data).
export const DEFAULT_THRESHOLDS: Threshold[] = [
  {
    id: "1wd",
    before: { value: 1, unit: "working-days" },
    label: { vi: "1 ngày làm việc", en: "1 working day" },
  },
  {
    id: "4wh",
    before: { value: 4, unit: "working-hours" },
    label: { vi: "4 giờ làm việc", en: "4 working hours" },
  },
  { id: "late", before: null, label: { vi: "quá hạn", en: "overdue" } },
];

const VN_OFFSET_MS = 7 * 3_600_000;

/** Daily working minutes of the office hours in force on the instant's Vietnam date. */
export function dailyMinutes(cal: Calendar, at: Date): number {
  const day = new Date(at.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
  const periods = cal.officeHours.filter((p) => p.validFrom <= day);
  const p = periods[periods.length - 1] ?? cal.officeHours[0];
  return p.sessions.reduce((s, x) => s + (x.end - x.start), 0);
}

/**
 * The earliest instant t (to the second, counted from `due`) with at most `minutes` of working time from t to `due`.
 * Working time never exceeds calendar time, so the search starts `minutes` back and widens.
 */
export function workingInstantBefore(due: Date, minutes: number, cal: Calendar): Date {
  if (minutes <= 0) return due;
  const end = due.getTime();
  const left = (t: number) => workingTimeBetween(new Date(t), due, cal);
  let ok = end - minutes * 60_000;
  let span = minutes * 60_000;
  let bad = end - 2 * span;
  // Widen until too much working time is left (a long Tết break may need several doublings).
  for (let i = 0; left(bad) <= minutes; i++) {
    if (i > 20) return new Date(bad);
    ok = bad;
    span *= 2;
    bad = end - 2 * span;
  }
  // Bisect in whole seconds from the due moment (both bounds stay aligned with it).
  while (ok - bad > 1000) {
    const mid = bad + Math.floor((ok - bad) / 2000) * 1000;
    if (left(mid) <= minutes) ok = mid;
    else bad = mid;
  }
  return new Date(ok);
}

/** When the threshold is reached for a due moment; "late" fires just after the due moment. */
export function warnAt(due: Date, t: Threshold, cal: Calendar): Date {
  if (!t.before) return new Date(due.getTime() + 1);
  const minutes =
    t.before.unit === "working-days"
      ? t.before.value * dailyMinutes(cal, due)
      : t.before.value * 60;
  return workingInstantBefore(due, minutes, cal);
}
