// 0 acknowledged dossiers lost over repeated SIGKILLs of the real server, on the embedded store
// and (when TEST_DATABASE_URL is set) on PostgreSQL. The long run: scripts/crash-soak.ts.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Db, openDb } from "../server/platform/db.ts";
import { migrate } from "../server/platform/migrate.ts";
import { TEST_ENGINE } from "../server/platform/testing.ts";
import { crashRounds, verifyAcknowledged } from "./testing/crash-run.ts";
import { seedProvince } from "./testing/province.ts";
import { scratchDatabase } from "./testing/scratch-database.ts";

async function prepared(open: () => Promise<Db>): Promise<void> {
  const db = await open();
  await migrate(db);
  await seedProvince(db);
  await db.close();
}

describe(`acknowledged dossiers survive SIGKILL (${TEST_ENGINE})`, () => {
  it("keeps every acknowledged intake, with its audit record, no code given twice", async () => {
    const scratch = TEST_ENGINE === "postgres" ? await scratchDatabase() : null;
    const dir = join(mkdtempSync(join(tmpdir(), "motcua-crash-")), "data");
    const open = () => (scratch ? openDb({ url: scratch.url, max: 2 }) : openDb({ dataDir: dir }));
    try {
      await prepared(open);
      const acked = await crashRounds(open, {
        serveArgs: scratch ? [] : ["--data", dir],
        env: { DATABASE_URL: scratch?.url },
        rounds: 2,
        clients: 4,
        killAfterMs: [300, 1500],
      });
      const db = await open();
      try {
        const v = await verifyAcknowledged(db, acked);
        expect(v.acknowledged).toBeGreaterThan(0);
        expect(v.missing).toEqual([]);
        expect(v.altered).toEqual([]);
        expect(v.withoutAudit).toEqual([]);
        expect(v.givenTwice).toEqual([]);
        expect(v.chain.ok).toBe(true);
      } finally {
        await db.close();
      }
    } finally {
      await scratch?.drop();
    }
  }, 900_000);
});
