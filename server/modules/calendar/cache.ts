import type { Sql } from "../../platform/db.ts";
import { loadCalendar } from "./calendar-load.ts";
import type { Calendar } from "./types.ts";

/**
 * Calendars per agency, loaded once and reused: every intake and step computes a deadline, so
 * the calendar must not be read from the database each time. A change in this process calls
 * `invalidate()`; other processes pick it up within `ttlMs`.
 */
export class CalendarCache {
  private readonly byAgency = new Map<string, { cal: Calendar; at: number }>();
  /** Loads under way: callers asking meanwhile (an import's concurrent batches) share them. */
  private readonly loading = new Map<string, Promise<Calendar>>();
  constructor(
    private readonly sql: Sql,
    private readonly ttlMs = 5_000,
  ) {}

  /**
   * The calendar of an agency (null: province default). Inside a transaction pass its handle as
   * `via`: on PGlite (one connection) a read through the pool would wait for the transaction.
   */
  async get(agency: string | null = null, via?: Sql): Promise<Calendar> {
    const key = agency ?? "";
    const hit = this.byAgency.get(key);
    const now = Date.now();
    if (hit && now - hit.at < this.ttlMs) return hit.cal;
    const under = this.loading.get(key);
    if (under) return under;
    const load = loadCalendar(via ?? this.sql, { agency });
    this.loading.set(key, load);
    try {
      const cal = await load;
      if (this.loading.get(key) === load) this.byAgency.set(key, { cal, at: now });
      return cal;
    } finally {
      if (this.loading.get(key) === load) this.loading.delete(key);
    }
  }

  invalidate() {
    this.byAgency.clear();
    this.loading.clear();
  }
}
