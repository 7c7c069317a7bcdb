// Savepoints of a command's transaction: a failing inner transaction rolls back alone, the others
// stay; everything commits or rolls back with the outer transaction.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "./db.ts";
import { savepointsOf } from "./savepoints.ts";
import { testDb } from "./testing.ts";

let db: Db;
beforeAll(async () => {
  db = await testDb();
  await db.exec("CREATE TABLE IF NOT EXISTS savepoint_probe (run text, n int)");
});
afterAll(() => db.close());

const rows = async (run: string) =>
  (
    await db.query<{ n: number }>("SELECT n FROM savepoint_probe WHERE run = $1 ORDER BY n", [run])
  ).rows.map((r) => r.n);

/** Three inner transactions, two at once; the second fails after writing. */
async function three(inner: Db, run: string) {
  const put = (n: number, fail = false) =>
    inner.transaction(async (tx) => {
      await tx.query("INSERT INTO savepoint_probe VALUES ($1, $2)", [run, n]);
      if (fail) throw new Error("this batch fails");
      return n;
    });
  return Promise.allSettled([put(1), put(2, true), put(3)]);
}

describe("savepoints of a transaction", () => {
  it("rolls back a failing inner transaction alone and commits the others with the outer one", async () => {
    const results = await db.transaction((tx) => three(savepointsOf(tx, db.engine), "kept"));
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(await rows("kept")).toEqual([1, 3]);
  });

  it("keeps nothing when the outer transaction rolls back", async () => {
    await expect(
      db.transaction(async (tx) => {
        await three(savepointsOf(tx, db.engine), "dropped");
        throw new Error("the command fails after its change");
      }),
    ).rejects.toThrow("the command fails");
    expect(await rows("dropped")).toEqual([]);
  });
});
