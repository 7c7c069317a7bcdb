// Reporting periods: the running month/quarter/year, and the periods before a given one.
import { type Period, periodDays } from "./days.ts";

const VN_OFFSET_MS = 7 * 3_600_000;
const iso = (y: number, m: number, d: number) =>
  new Date(Date.UTC(y, m, d)).toISOString().slice(0, 10);

/** The Vietnam date of an instant. */
export const vnToday = (now: Date) =>
  new Date(now.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);

/** The whole month, quarter or year containing `now` (Vietnam time). */
export function runningPeriod(now: Date, kind: "month" | "quarter" | "year" = "month"): Period {
  const [y, m] = vnToday(now).split("-").map(Number);
  if (kind === "year") return { from: iso(y, 0, 1), to: iso(y, 11, 31) };
  const first = kind === "quarter" ? Math.floor((m - 1) / 3) * 3 : m - 1;
  const len = kind === "quarter" ? 3 : 1;
  return { from: iso(y, first, 1), to: iso(y, first + len, 0) };
}

/**
 * The `n` periods ending with `p`, oldest first: whole months shift by their number of months
 * (so "the last 6 months" are calendar months), any other period by its length in days.
 */
export function trailingPeriods(p: Period, n: number): Period[] {
  const { F, E } = periodDays(p);
  const [fy, fm, fd] = p.from.split("-").map(Number);
  const [ty, tm] = p.to.split("-").map(Number);
  const wholeMonths = fd === 1 && iso(ty, tm, 0) === p.to;
  const months = (ty - fy) * 12 + tm - fm + 1;
  const out: Period[] = [];
  for (let k = n - 1; k >= 0; k--) {
    if (wholeMonths) {
      const s = fm - 1 - k * months;
      out.push({ from: iso(fy, s, 1), to: iso(fy, s + months, 0) });
    } else {
      const len = E - F + 1;
      const day = (x: number) => new Date(x * 86_400_000).toISOString().slice(0, 10);
      out.push({ from: day(F - k * len), to: day(E - k * len) });
    }
  }
  return out;
}
