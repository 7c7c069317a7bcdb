import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { openDb } from "./db.ts";
import { fsyncCalls } from "./pglite-durable.ts";

const dir = join(mkdtempSync(join(tmpdir(), "motcua-fsync-")), "data");

describe("fsync in the embedded store", () => {
  beforeAll(async () => {
    const db = await openDb({ dataDir: dir }); // the folder's first start (initdb) is the slow part
    await db.exec("CREATE TABLE t (n int)");
    await db.close();
  }, 180_000);

  it("is on by default: each commit reaches the disk through a real fsync", async () => {
    const db = await openDb({ dataDir: dir });
    try {
      expect((await db.query<{ fsync: string }>("SHOW fsync")).rows[0].fsync).toBe("on");
      const before = fsyncCalls.count;
      for (let i = 0; i < 3; i++)
        await db.transaction((tx) => tx.query("INSERT INTO t VALUES ($1)", [i]));
      expect(fsyncCalls.count - before).toBeGreaterThanOrEqual(3);
    } finally {
      await db.close();
    }
  }, 60_000);

  it("is off when the operator opts out (MOTCUA_FSYNC=off)", async () => {
    const db = await openDb({ dataDir: dir, fsync: false });
    try {
      expect((await db.query<{ fsync: string }>("SHOW fsync")).rows[0].fsync).toBe("off");
      const before = fsyncCalls.count;
      await db.transaction((tx) => tx.query("INSERT INTO t VALUES (1)"));
      expect(fsyncCalls.count).toBe(before);
    } finally {
      await db.close();
    }
  }, 60_000);
});
