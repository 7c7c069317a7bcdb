// The database handle's contract on both engines, and PGlite's guard: the handle refuses at once
// when called from inside one of its own transactions (one connection: it would wait for itself).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "./db.ts";
import { TEST_ENGINE, testDb } from "./testing.ts";

let db: Db;
beforeAll(async () => {
  db = await testDb();
  await db.exec("CREATE TABLE db_guard_t (n int PRIMARY KEY)");
});
afterAll(() => db.close());

describe("transactions", () => {
  it("commits what the callback wrote and rolls back when it throws", async () => {
    await db.transaction((tx) => tx.query("INSERT INTO db_guard_t VALUES (1)"));
    await expect(
      db.transaction(async (tx) => {
        await tx.query("INSERT INTO db_guard_t VALUES (2)");
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    const r = await db.query<{ n: number }>("SELECT n FROM db_guard_t ORDER BY n");
    expect(r.rows.map((x) => x.n)).toEqual([1]);
  });

  it("lets concurrent callers (other requests) use the handle while a transaction runs", async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => {
      release = r;
    });
    const tx = db.transaction(async (t) => {
      await t.query("INSERT INTO db_guard_t VALUES (10)");
      await held;
    });
    // Started outside the transaction's call chain: queued (PGlite) or served (PostgreSQL).
    const outside = db.query<{ n: number }>("SELECT count(*)::int AS n FROM db_guard_t");
    release();
    await tx;
    expect((await outside).rows[0].n).toBeGreaterThanOrEqual(1);
  });

  it("lets work scheduled inside a transaction use the handle once it has ended", async () => {
    let later!: Promise<number>;
    await db.transaction(async (tx) => {
      await tx.query("INSERT INTO db_guard_t VALUES (20)");
      later = new Promise((resolve) => setTimeout(resolve, 10)).then(async () => {
        const r = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM db_guard_t");
        return r.rows[0].n;
      });
    });
    expect(await later).toBeGreaterThanOrEqual(3);
  });
});

// PostgreSQL serves such a call on another connection of the pool; PGlite would wait for itself.
if (TEST_ENGINE === "pglite")
  describe("PGlite: the handle inside its own transaction", () => {
    const misuses: [string, (db: Db) => Promise<unknown>][] = [
      ["query", (d) => d.query("SELECT 1")],
      ["exec", (d) => d.exec("SELECT 1")],
      ["transaction", (d) => d.transaction((t) => t.query("SELECT 1"))],
      ["copyFrom", (d) => d.copyFrom!("db_guard_t", ["n"], "99\n")],
    ];
    for (const [what, misuse] of misuses)
      it(`db.${what}() throws at once, naming the fix, and the transaction rolls back`, async () => {
        await expect(
          db.transaction(async (tx) => {
            await tx.query("INSERT INTO db_guard_t VALUES (30)");
            await misuse(db);
          }),
        ).rejects.toThrow(`db.${what}() called on the database handle while a transaction`);
        const r = await db.query("SELECT 1 FROM db_guard_t WHERE n IN (30, 99)");
        expect(r.rowCount).toBe(0);
      });

    it("refuses in nested calls of the callback, not only at its first level", async () => {
      const deep = async () => {
        await new Promise((r) => setImmediate(r));
        return db.query("SELECT 1");
      };
      await expect(db.transaction(async () => deep())).rejects.toThrow(
        "Use the transaction's handle",
      );
    });
  });
