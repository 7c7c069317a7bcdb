// The calendar cache: one read per agency while it is fresh, shared by callers that ask while it
// is under way (an import's concurrent batches), read again after invalidate().
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db, Sql } from "../../platform/db.ts";
import { testDb } from "../../platform/testing.ts";
import { CalendarCache } from "./cache.ts";

let db: Db;
beforeAll(async () => {
  db = await testDb();
});
afterAll(() => db.close());

/** The handle, counting the statements that read calendar_versions (one per calendar load). */
function counting(sql: Sql): { sql: Sql; loads: () => number } {
  let n = 0;
  return {
    sql: {
      ...sql,
      query: ((text: string, params?: unknown[]) => {
        if (/calendar_versions/.test(text)) n++;
        return sql.query(text, params);
      }) as Sql["query"],
    },
    loads: () => n,
  };
}

describe("the calendar cache", () => {
  it("loads an agency's calendar once for concurrent callers, and again after invalidate()", async () => {
    const c = counting(db);
    const cache = new CalendarCache(c.sql, 60_000);
    const [a, b] = await Promise.all([cache.get("X01"), cache.get("X01"), cache.get(null)]);
    expect(a).toBe(b);
    const once = c.loads();
    expect(once).toBeGreaterThan(0);
    await cache.get("X01");
    expect(c.loads()).toBe(once);
    cache.invalidate();
    expect(await cache.get("X01")).not.toBe(a);
    expect(c.loads()).toBeGreaterThan(once);
  });
});
