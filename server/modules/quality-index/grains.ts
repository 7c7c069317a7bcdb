// Day, month and year buckets of the rollup table: how a day delta is spread over them, and
// which buckets cover a period, so a year is summed from one row per (agency, procedure).
import { mergeDeltas, type RollupDelta } from "./rollup.ts";

export type Grain = "d" | "m" | "y";
export interface GrainDelta extends RollupDelta {
  grain: Grain;
}

const monthStart = (day: string) => `${day.slice(0, 7)}-01`;
const yearStart = (day: string) => `${day.slice(0, 4)}-01-01`;

/** Each day row once per grain (pair rows stay day rows, grain "d"), merged by key. */
export function spreadToGrains(deltas: RollupDelta[]): GrainDelta[] {
  const out: GrainDelta[] = [];
  for (const g of ["d", "m", "y"] as const) {
    const rows = deltas
      .filter((d) => d.day2 === null || g === "d")
      .map((d) => ({
        ...d,
        day:
          d.day2 !== null || g === "d" ? d.day : g === "m" ? monthStart(d.day) : yearStart(d.day),
      }));
    for (const r of mergeDeltas(rows)) out.push({ ...r, grain: g });
  }
  return out;
}

/** The fewest whole buckets covering [from, to] (YYYY-MM-DD, both included). */
export function coveringBuckets(from: string, to: string): Record<Grain, string[]> {
  const out: Record<Grain, string[]> = { d: [], m: [], y: [] };
  let cur = new Date(`${from}T00:00:00Z`);
  const end = new Date(`${to}T00:00:00Z`);
  while (cur <= end) {
    const s = cur.toISOString().slice(0, 10);
    const nextYear = new Date(Date.UTC(cur.getUTCFullYear() + 1, 0, 1));
    const nextMonth = new Date(Date.UTC(cur.getUTCFullYear(), cur.getUTCMonth() + 1, 1));
    if (s.endsWith("-01-01") && nextYear.getTime() - 86_400_000 <= end.getTime()) {
      out.y.push(s);
      cur = nextYear;
    } else if (s.endsWith("-01") && nextMonth.getTime() - 86_400_000 <= end.getTime()) {
      out.m.push(s);
      cur = nextMonth;
    } else {
      out.d.push(s);
      cur = new Date(cur.getTime() + 86_400_000);
    }
  }
  return out;
}

/**
 * Bounds of "every bucket up to to", with the fewest buckets: years before yearsUntil, months
 * from yearsUntil before monthsUntil, days from monthsUntil to to (a year or month that ends on
 * to is taken whole).
 */
export function prefixBounds(to: string): { yearsUntil: string; monthsUntil: string; to: string } {
  const t = new Date(`${to}T00:00:00Z`);
  const next = new Date(t.getTime() + 86_400_000).toISOString().slice(0, 10);
  const yearsUntil = next.endsWith("-01-01") ? next : yearStart(to);
  const monthsUntil = next.endsWith("-01") ? next : monthStart(to);
  return { yearsUntil, monthsUntil, to };
}
