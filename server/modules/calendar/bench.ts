// Benchmarks of the calendar module (wired into `npm run bench` by scripts/bench.ts):
// dueAt for working days against a naive day-by-day walk, and lunar conversion 1900–2100.
import { BUILTIN_CALENDAR, yearDays } from "./builtin.ts";
import { dueAt } from "./due.ts";
import { convertSolar2Lunar } from "./lunar.ts";
import { DEFAULT_OFFICE_HOURS } from "./types.ts";
import {
  civilFromDayIndex,
  dayIndexFromCivil,
  dayIndexOf,
  instantAt,
  isoDate,
  isoWeekday,
  MINUTE_MS,
  msOfDay,
} from "./vn-time.ts";

export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  baseline?: number;
  ratio?: number;
}

const SESSIONS = DEFAULT_OFFICE_HOURS.sessions.map(
  (s) => [s.start * MINUTE_MS, s.end * MINUTE_MS] as const,
);

/** The obvious implementation: walk day by day, session by session, looking each date up. */
export function naiveWorkingDaysDue(
  startMs: number,
  days: number,
  off: Set<string>,
  work: Set<string>,
): number {
  let remaining = days * 480 * MINUTE_MS;
  if (remaining <= 0) return startMs;
  let t = startMs;
  for (;;) {
    const day = dayIndexOf(t);
    const date = isoDate(day);
    if (work.has(date) || (isoWeekday(day) <= 5 && !off.has(date))) {
      const m = msOfDay(t, day);
      for (const [s, e] of SESSIONS) {
        const from = Math.max(s, m);
        if (from >= e) continue;
        if (remaining <= e - from) return instantAt(day, from + remaining);
        remaining -= e - from;
      }
    }
    t = instantAt(day + 1, 0);
  }
}

/** Deterministic pseudo-random inputs: starts in 2024–2026 (whole minutes), 1–30 working days. */
function inputs(n: number): { starts: Float64Array; days: Int32Array } {
  const starts = new Float64Array(n);
  const days = new Int32Array(n);
  const from = Date.parse("2024-01-01T00:00:00+07:00") / MINUTE_MS;
  let seed = 12345;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  for (let i = 0; i < n; i++) {
    starts[i] = (from + Math.floor(rnd() * 3 * 365 * 1440)) * MINUTE_MS;
    days[i] = 1 + Math.floor(rnd() * 30);
  }
  return { starts, days };
}

function rate(n: number, fn: (i: number) => number): number {
  let sink = 0;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) sink += fn(i);
  const s = (performance.now() - t0) / 1000;
  if (sink === 42) console.log("");
  return Math.round(n / s);
}

export async function benchCalendar(): Promise<BenchFigure[]> {
  const cal = BUILTIN_CALENDAR;
  const off = new Set<string>();
  const work = new Set<string>();
  for (let y = 2024; y <= 2028; y++) {
    for (const e of yearDays(cal, y).entries) (e.kind === "day-off" ? off : work).add(e.date);
  }
  const n = 1_000_000;
  const { starts, days } = inputs(n);
  for (let i = 0; i < 2000; i++) {
    const fast = dueAt(new Date(starts[i]), days[i], "working-days", cal).getTime();
    if (fast !== naiveWorkingDaysDue(starts[i], days[i], off, work))
      throw new Error(`dueAt differs from the walk at input ${i}`);
  }
  rate(100_000, (i) => dueAt(new Date(starts[i]), days[i], "working-days", cal).getTime()); // warm-up
  const fast = rate(n, (i) => dueAt(new Date(starts[i]), days[i], "working-days", cal).getTime());
  const naive = rate(100_000, (i) => naiveWorkingDaysDue(starts[i], days[i], off, work));

  const first = dayIndexFromCivil(1900, 1, 1);
  const last = dayIndexFromCivil(2100, 12, 31);
  const t0 = performance.now();
  for (let d = first; d <= last; d++) {
    const [y, m, dd] = civilFromDayIndex(d);
    convertSolar2Lunar(dd, m, y);
  }
  const lunarMs = Math.round(performance.now() - t0);
  return [
    {
      name: "calendar.dueAt working-days (1–30 d)",
      value: fast,
      unit: "ops/s",
      baseline: naive,
      ratio: Math.round((fast / naive) * 10) / 10,
    },
    { name: "calendar.dueAt naive day-by-day walk", value: naive, unit: "ops/s" },
    {
      name: `calendar.lunar solar→lunar every day 1900–2100 (${last - first + 1} days)`,
      value: lunarMs,
      unit: "ms",
    },
  ];
}
