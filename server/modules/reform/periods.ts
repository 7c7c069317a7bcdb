// Reporting periods in Vietnam calendar days (YYYY-MM-DD): months, quarters, half-years, years.
export type Cycle = "month" | "quarter" | "half" | "year";
export const CYCLES: readonly Cycle[] = ["month", "quarter", "half", "year"];

export interface DayRange {
  from: string;
  to: string;
}

const MONTHS: Record<Cycle, number> = { month: 1, quarter: 3, half: 6, year: 12 };
const pad = (n: number) => String(n).padStart(2, "0");

/** The Vietnam calendar day (UTC+7, no daylight saving) of an instant. */
export function vnDay(at: Date): string {
  return new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

function lastDay(y: number, m: number): string {
  return `${y}-${pad(m)}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
}

/** The period of the cycle that contains the day. */
export function periodOf(cycle: Cycle, day: string): DayRange {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const n = MONTHS[cycle];
  const first = Math.floor((m - 1) / n) * n + 1;
  return { from: `${y}-${pad(first)}-01`, to: lastDay(y, first + n - 1) };
}

/** The day after. */
export function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The periods of the cycle that end on or before `until`, from the one containing `start`. */
export function closedPeriods(cycle: Cycle, start: string, until: string): DayRange[] {
  const out: DayRange[] = [];
  for (let p = periodOf(cycle, start); p.to <= until; p = periodOf(cycle, nextDay(p.to))) {
    out.push(p);
    if (out.length > 2_000) break;
  }
  return out;
}

/** A named report period: 2026-Q1, 2026-H2, 2026 (year), 2026-05 (month). */
export function namedPeriod(name: string): (DayRange & { cycle: Cycle }) | null {
  const m = /^(\d{4})(?:-(Q[1-4]|H[12]|\d{2}))?$/.exec(name);
  if (!m) return null;
  const y = Number(m[1]);
  const part = m[2];
  if (!part) return { cycle: "year", from: `${y}-01-01`, to: `${y}-12-31` };
  if (part.startsWith("Q")) {
    const q = Number(part[1]);
    return { cycle: "quarter", ...periodOf("quarter", `${y}-${pad(q * 3)}-01`) };
  }
  if (part.startsWith("H")) {
    const h = Number(part[1]);
    return { cycle: "half", ...periodOf("half", `${y}-${pad(h * 6)}-01`) };
  }
  const mo = Number(part);
  if (mo < 1 || mo > 12) return null;
  return { cycle: "month", ...periodOf("month", `${y}-${pad(mo)}-01`) };
}
