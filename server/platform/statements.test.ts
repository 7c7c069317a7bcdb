import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "./db.ts";
import { runTogether } from "./statements.ts";
import { testDb } from "./testing.ts";

let db: Db;
beforeAll(async () => {
  db = await testDb();
  await db.exec(
    "CREATE TABLE st_a (k text PRIMARY KEY, n int NOT NULL); CREATE TABLE st_b (k text PRIMARY KEY, v text NOT NULL)",
  );
});
afterAll(() => db.close());

describe("runTogether", () => {
  it("runs each statement with its own parameters, as one", async () => {
    let sent = 0;
    await db.transaction((tx) =>
      runTogether(
        {
          ...tx,
          query: (text, params) => {
            sent++;
            return tx.query(text, params);
          },
        },
        [
          { text: "INSERT INTO st_a (k, n) VALUES ($1, $2)", params: ["x", 1] },
          { text: "INSERT INTO st_b (k, v) VALUES ($1, $2), ($3, $2)", params: ["y", "b", "z"] },
          {
            text: "INSERT INTO st_a (k, n) SELECT * FROM unnest($1::text[], $2::int[]) ON CONFLICT (k) DO UPDATE SET n = st_a.n + EXCLUDED.n",
            params: [["w"], [7]],
          },
        ],
      ),
    );
    expect(sent).toBe(1);
    expect((await db.query("SELECT k, n FROM st_a ORDER BY k")).rows).toEqual([
      { k: "w", n: 7 },
      { k: "x", n: 1 },
    ]);
    expect((await db.query("SELECT k, v FROM st_b ORDER BY k")).rows).toEqual([
      { k: "y", v: "b" },
      { k: "z", v: "b" },
    ]);
  });

  it("writes nothing when one of them fails, and nothing for an empty list", async () => {
    await expect(
      db.transaction((tx) =>
        runTogether(tx, [
          { text: "INSERT INTO st_b (k, v) VALUES ($1, $2)", params: ["q", "ok"] },
          { text: "INSERT INTO st_a (k, n) VALUES ($1, $2)", params: ["x", 2] }, // x exists
        ]),
      ),
    ).rejects.toThrow();
    expect((await db.query("SELECT k FROM st_b WHERE k = 'q'")).rows).toEqual([]);
    await db.transaction((tx) => runTogether(tx, []));
  });
});
