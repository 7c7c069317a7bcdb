import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { retryAfterMs } from "../modules/integrations/portal-client.ts";
import type { Db } from "./db.ts";
import { enqueueFirstMessage, enqueueMessage, retryDelayMs } from "./outbox.ts";
import { testDb } from "./testing.ts";

let db: Db;
beforeAll(async () => {
  db = await testDb();
});
afterAll(() => db.close());

describe("outbox", () => {
  it("gives each subject's messages revisions 1, 2, 3 in commit order", async () => {
    const at = new Date("2026-03-02T02:00:00Z");
    const revs: number[] = [];
    for (let i = 0; i < 3; i++)
      revs.push((await db.transaction((tx) => enqueueMessage(tx, "t", "A", { i }, at))).revision);
    const other = await db.transaction((tx) => enqueueMessage(tx, "t", "B", {}, at));
    expect(revs).toEqual([1, 2, 3]);
    expect(other.revision).toBe(1);
    // A rolled-back change leaves no message and takes no revision.
    await db
      .transaction(async (tx) => {
        await enqueueMessage(tx, "t", "A", {}, at);
        throw new Error("change refused");
      })
      .catch(() => {});
    const next = await db.transaction((tx) => enqueueMessage(tx, "t", "A", {}, at));
    expect(next.revision).toBe(4);
  });

  it("writes a subject's first message once: a key seen before writes nothing", async () => {
    const at = new Date("2026-03-02T02:00:00Z");
    const first = await db.transaction((tx) => enqueueFirstMessage(tx, "once", "K", { n: 1 }, at));
    const again = await db.transaction((tx) => enqueueFirstMessage(tx, "once", "K", { n: 2 }, at));
    expect(first).toEqual(expect.any(Number));
    expect(again).toBeNull();
    const rows = await db.query<{ id: number; revision: number; payload: unknown }>(
      "SELECT id, revision, payload FROM outbox WHERE channel = 'once' AND subject = 'K'",
    );
    expect(rows.rows).toEqual([{ id: first, revision: 1, payload: { n: 1 } }]);
    // Rolled back: no message, and the key is still free.
    await db
      .transaction(async (tx) => {
        await enqueueFirstMessage(tx, "once", "L", {}, at);
        throw new Error("change refused");
      })
      .catch(() => {});
    expect(
      await db.transaction((tx) => enqueueFirstMessage(tx, "once", "L", {}, at)),
    ).not.toBeNull();
  });

  it("backs off from 1 s doubling to 5 min, with jitter, never before Retry-After", () => {
    expect(retryDelayMs(1, 0, () => 1)).toBe(1000);
    expect(retryDelayMs(1, 0, () => 0)).toBe(500);
    expect(retryDelayMs(4, 0, () => 1)).toBe(8000);
    expect(retryDelayMs(30, 0, () => 1)).toBe(300_000);
    expect(retryDelayMs(1, 120_000, () => 1)).toBe(120_000);
  });

  it("reads Retry-After as seconds or as an HTTP date", () => {
    const now = Date.parse("2026-03-02T02:00:00Z");
    expect(retryAfterMs("7", now)).toBe(7000);
    expect(retryAfterMs("Mon, 02 Mar 2026 02:00:30 GMT", now)).toBe(30_000);
    expect(retryAfterMs("soon", now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });
});
