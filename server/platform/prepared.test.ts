// Named prepared statements (prepared.ts) change nothing a caller sees: same rows, and a table
// altered under a prepared statement costs at most one failed transaction per connection.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "./db.ts";
import { isStalePlan, preparedName } from "./prepared.ts";
import { testDb } from "./testing.ts";

let db: Db;
beforeAll(async () => {
  db = await testDb();
  await db.exec("CREATE TABLE prep_t (k text PRIMARY KEY, n int NOT NULL)");
  await db.query("INSERT INTO prep_t (k, n) VALUES ($1, $2), ($3, $4)", ["a", 1, "b", 2]);
});
afterAll(() => db.close());

describe("prepared statements", () => {
  it("names a statement with parameters from its second use, always with the same name", () => {
    const text = "SELECT n FROM prep_t WHERE k = $1 -- naming";
    // The first use goes unnamed: a text built for one call spends no name.
    expect(preparedName(text, ["a"])).toBeUndefined();
    expect(preparedName(text, ["a"])).toMatch(/^motcua_\d+$/);
    expect(preparedName(text, ["b"])).toBe(preparedName(text, ["a"]));
    for (let i = 0; i < 50; i++)
      expect(preparedName(`SELECT $1 -- once ${i}`, [i])).toBeUndefined();
    expect(preparedName("SELECT 1", [])).toBeUndefined();
    expect(preparedName(`SELECT ${"1 + ".repeat(2000)}$1`, [1])).toBeUndefined();
  });

  it("gives the same rows on every run, in and out of transactions", async () => {
    for (let i = 0; i < 8; i++) {
      expect(
        (await db.query("SELECT k, n FROM prep_t WHERE n >= $1 ORDER BY k", [1])).rows,
      ).toEqual([
        { k: "a", n: 1 },
        { k: "b", n: 2 },
      ]);
      const r = await db.transaction((tx) =>
        tx.query<{ n: number }>("SELECT n FROM prep_t WHERE k = $1", ["b"]),
      );
      expect(r.rows).toEqual([{ n: 2 }]);
    }
  });

  it("recovers when a table changes under a prepared statement", async () => {
    const star = "SELECT * FROM prep_t WHERE k = $1";
    const inTx = () => db.transaction((tx) => tx.query(star, ["a"]));
    for (let i = 0; i < 6; i++) {
      await db.query(star, ["a"]);
      await inTx();
    }
    await db.exec("ALTER TABLE prep_t ADD COLUMN note text");
    // In one, a connection that had prepared it fails once (the transaction rolls back), and is
    // then replaced: the failures are bounded by the pool's size, and the rest succeed.
    let failed = 0;
    for (let i = 0; i < 12; i++)
      await inTx().catch((e) => {
        expect(isStalePlan(e)).toBe(true);
        failed++;
      });
    expect(failed).toBeLessThanOrEqual(4);
    for (let i = 0; i < 6; i++) expect((await inTx()).rows).toEqual([{ k: "a", n: 1, note: null }]);
  });
});
