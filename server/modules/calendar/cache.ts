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
    const cal = await loadCalendar(via ?? this.sql, { agency });
    this.byAgency.set(key, { cal, at: now });
    return cal;
  }

  invalidate() {
    this.byAgency.clear();
  }
}
