// Per-year day tables, built lazily once per Calendar value: for each day the office sessions
// (null on a day off) and the cumulative working time before it, so that deadline arithmetic is
// a binary search instead of a walk.
import { yearDays } from "./builtin.ts";
import { type ParsedPeriod, parsePeriod } from "./office-hours.ts";
import type { Calendar, DayEntry } from "./types.ts";
import { civilFromDayIndex, dayIndexFromCivil, isoWeekday, parseIsoDate } from "./vn-time.ts";

export interface YearTable {
  year: number;
  /** Day number of 1 January. */
  first: number;
  /** Days in the year. */
  n: number;
  /** cum[i]: working ms of the year before day i; cum[n] is the year's total. */
  cum: Float64Array;
  /** Sessions of day i (flat ms after midnight), null when it is not a working day. */
  sessions: (Float64Array | null)[];
  /** Office-hours period in force on day i. */
  period: ParsedPeriod[];
  /** Special days of the year by day number. */
  entries: Map<number, DayEntry>;
}

interface CalendarIndex {
  periods: ParsedPeriod[];
  years: Map<number, YearTable>;
  last: YearTable | null;
}

const indexes = new WeakMap<Calendar, CalendarIndex>();

function indexOf(cal: Calendar): CalendarIndex {
  let ix = indexes.get(cal);
  if (!ix) {
    ix = { periods: cal.officeHours.map(parsePeriod), years: new Map(), last: null };
    indexes.set(cal, ix);
  }
  return ix;
}

export function periodOn(cal: Calendar, day: number): ParsedPeriod {
  const ps = indexOf(cal).periods;
  let p = ps[0];
  for (const q of ps) if (q.from <= day) p = q;
  return p;
}

function build(cal: Calendar, ix: CalendarIndex, year: number): YearTable {
  const first = dayIndexFromCivil(year, 1, 1);
  const n = dayIndexFromCivil(year + 1, 1, 1) - first;
  const entries = new Map<number, DayEntry>();
  for (const e of yearDays(cal, year).entries) entries.set(parseIsoDate(e.date)!, e);
  const cum = new Float64Array(n + 1);
  const sessions: (Float64Array | null)[] = new Array(n);
  const period: ParsedPeriod[] = new Array(n);
  let p = 0;
  while (p + 1 < ix.periods.length && ix.periods[p + 1].from <= first) p++;
  for (let i = 0; i < n; i++) {
    const day = first + i;
    while (p + 1 < ix.periods.length && ix.periods[p + 1].from <= day) p++;
    const pp = ix.periods[p];
    const e = entries.get(day);
    const w = isoWeekday(day);
    const working = e ? e.kind === "working-day" : pp.weekdayWorked[w];
    // A make-up working day is a full day with the normal hours, whatever its weekday.
    const makeUp = e?.kind === "working-day";
    sessions[i] = working ? (makeUp ? pp.flat : pp.flatOf[w]) : null;
    period[i] = pp;
    cum[i + 1] = cum[i] + (working ? (makeUp ? pp.dailyMs : pp.dailyMsOf[w]) : 0);
  }
  return { year, first, n, cum, sessions, period, entries };
}

export function yearTable(cal: Calendar, year: number): YearTable {
  const ix = indexOf(cal);
  let t = ix.years.get(year);
  if (!t) {
    t = build(cal, ix, year);
    ix.years.set(year, t);
  }
  return t;
}

/** The table holding day number `day` (fast path: the last one used). */
export function tableOfDay(cal: Calendar, day: number): YearTable {
  const ix = indexOf(cal);
  const last = ix.last;
  if (last && day >= last.first && day < last.first + last.n) return last;
  const t = yearTable(cal, civilFromDayIndex(day)[0]);
  ix.last = t;
  return t;
}
