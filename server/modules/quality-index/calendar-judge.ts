// The real DurationJudge and addWorkingDays, over the calendar module: office hours, statutory
// and official days off, make-up working days — the calendar of the dossier's agency, falling
// back to the province default (and to the built-in calendar when none is stored).
import type { Duration, DurationUnit } from "../../../shared/sync-record.ts";
import type { Sql } from "../../platform/db.ts";
import {
  BUILTIN_CALENDAR,
  type Calendar,
  dueAt,
  loadCalendar,
  MAX_DURATION,
  nextWorkingMoment,
  workingTimeBetween,
} from "../calendar/index.ts";
import type { DurationJudge } from "./judge.ts";
import type { AddWorkingDays } from "./procedure-indicators.ts";

const DAY_MS = 86_400_000;
const VN_OFFSET_MS = 7 * 3_600_000;
const vnDate = (ms: number) => new Date(ms + VN_OFFSET_MS).toISOString().slice(0, 10);

/** Working minutes of a day under the office hours in force on the Vietnam date of `at`. */
function dailyMinutes(cal: Calendar, at: Date): number {
  const day = vnDate(at.getTime());
  let pick = cal.officeHours[0];
  for (const h of cal.officeHours) if (h.validFrom <= day) pick = h;
  const m = pick ? pick.sessions.reduce((s, x) => s + x.end - x.start, 0) : 480;
  return m > 0 ? m : 480;
}

/** Units in which the calendar module takes whole numbers only. */
const INTEGER_UNITS = new Set<DurationUnit>(["days", "months", "same-day"]);

/**
 * Over the legal time when `end` is after the due moment the calendar module computes from the
 * reception (Decree 118/2025/NĐ-CP; Civil Code 2015 Art. 147–148 for days and months), so
 * "late" means the same here as on the dossier. Fractional days or months are rounded up.
 */
export function calendarJudge(cal: Calendar): DurationJudge {
  // Due moments by duration (unit, value), then by reception instant: numbers as keys, no strings.
  const memo = new Map<DurationUnit, Map<number, Map<number, number>>>();
  let memoSize = 0;
  const due = (receivedAt: Date, d: Duration): number => {
    let byValue = memo.get(d.unit);
    if (!byValue) {
      byValue = new Map();
      memo.set(d.unit, byValue);
    }
    let byStart = byValue.get(d.value);
    if (!byStart) {
      byStart = new Map();
      byValue.set(d.value, byStart);
    }
    const start = receivedAt.getTime();
    let v = byStart.get(start);
    if (v === undefined) {
      const n = d.unit === "same-day" ? 0 : Math.min(MAX_DURATION, Math.max(0, d.value));
      const value = INTEGER_UNITS.has(d.unit) ? Math.ceil(n) : n;
      v = dueAt(receivedAt, value, d.unit, cal).getTime();
      if (memoSize++ > 50_000) {
        memo.clear();
        memoSize = 0;
        return v;
      }
      byStart.set(start, v);
    }
    return v;
  };
  // Daily working minutes by Vietnam day number (the office hours change a few times at most).
  const daily = new Map<number, number>();
  const dailyOn = (at: Date): number => {
    const day = Math.floor((at.getTime() + VN_OFFSET_MS) / DAY_MS);
    let m = daily.get(day);
    if (m === undefined) {
      m = dailyMinutes(cal, at);
      if (daily.size > 50_000) daily.clear();
      daily.set(day, m);
    }
    return m;
  };
  return {
    exceeds: (receivedAt, end, d) => end.getTime() > due(receivedAt, d),
    workingTimeBetween(a, b, unit) {
      if (unit === "days") return (b.getTime() - a.getTime()) / DAY_MS;
      if (unit === "months") return (b.getTime() - a.getTime()) / (30 * DAY_MS); // (assumed) 30-day month
      const minutes = workingTimeBetween(a, b, cal);
      return unit === "working-hours" ? minutes / 60 : minutes / dailyOn(a);
    },
  };
}

/** date ± n working days (YYYY-MM-DD, Vietnam dates) under the calendar. */
export function calendarAddWorkingDays(cal: Calendar): AddWorkingDays {
  const isWorkingDay = (day: string) => {
    const start = Date.parse(`${day}T00:00:00+07:00`);
    return vnDate(nextWorkingMoment(new Date(start), cal).getTime()) === day;
  };
  return (date, n) => {
    let t = Date.parse(`${date}T00:00:00Z`);
    const step = n < 0 ? -1 : 1;
    for (let left = Math.abs(n); left > 0; ) {
      t += step * DAY_MS;
      if (isWorkingDay(new Date(t).toISOString().slice(0, 10))) left--;
    }
    return new Date(t).toISOString().slice(0, 10);
  };
}

/** Where a judge's calendar comes from (the system's calendar cache, when it has one). */
export type CalendarSource = (sql: Sql, agency: string | null) => Promise<Calendar>;

/**
 * Judges per agency, cached for `ttlMs`. Loads through the caller's handle (the dossier's
 * transaction): on PGlite a query on the pool inside a transaction would wait for it forever.
 * `source`: the calendars as the rest of the system reads them (compose.ts passes its calendar
 * cache, so an import's batches read each agency's calendar once, not once per cache); a load
 * under way is shared by the batches that ask for the same agency meanwhile.
 */
export class JudgeCache {
  private readonly byAgency = new Map<
    string,
    { entry: Promise<{ judge: DurationJudge; cal: Calendar }>; at: number }
  >();
  constructor(
    private readonly ttlMs = 60_000,
    private readonly source: CalendarSource = (sql, agency) => loadCalendar(sql, { agency }),
  ) {}

  async calendar(sql: Sql, agency: string | null): Promise<Calendar> {
    return (await this.entry(sql, agency)).cal;
  }

  async get(sql: Sql, agency: string | null): Promise<DurationJudge> {
    return (await this.entry(sql, agency)).judge;
  }

  /** The judges of these agencies, loaded, as a synchronous lookup (unknown → province default). */
  async lookup(sql: Sql, agencies: Iterable<string>): Promise<(agency: string) => DurationJudge> {
    const m = new Map<string, DurationJudge>();
    for (const a of new Set(agencies)) m.set(a, await this.get(sql, a));
    const fallback = await this.get(sql, null);
    return (a) => m.get(a) ?? fallback;
  }

  invalidate(): void {
    this.byAgency.clear();
  }

  private entry(sql: Sql, agency: string | null) {
    const key = agency ?? "";
    const hit = this.byAgency.get(key);
    if (hit && Date.now() - hit.at < this.ttlMs) return hit.entry;
    const entry = loadOr(this.source, sql, agency).then((cal) => ({
      cal,
      judge: calendarJudge(cal),
    }));
    this.byAgency.set(key, { entry, at: Date.now() });
    // A failed load is not kept: the next call tries again.
    entry.catch(() => {
      if (this.byAgency.get(key)?.entry === entry) this.byAgency.delete(key);
    });
    return entry;
  }
}

async function loadOr(source: CalendarSource, sql: Sql, agency: string | null): Promise<Calendar> {
  try {
    return await source(sql, agency);
  } catch {
    if (agency !== null) return loadOr(source, sql, null);
    return BUILTIN_CALENDAR;
  }
}
