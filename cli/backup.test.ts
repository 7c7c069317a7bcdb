// backup → restore gives the same store: every table row by row (count and digest), the files,
// the audit chain; on the embedded store (the command refused while a server holds it) and on
// PostgreSQL (pg_dump/pg_restore) when TEST_DATABASE_URL is set.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { record } from "../server/modules/audit/index.ts";
import { SYSTEM_ACTOR } from "../server/modules/identity/index.ts";
import { type Db, openDb } from "../server/platform/db.ts";
import { migrate } from "../server/platform/migrate.ts";
import { TEST_ENGINE } from "../server/platform/testing.ts";
import { storeFacts } from "./backup/facts.ts";
import { listFiles } from "./backup/files.ts";
import { seedProvince } from "./testing/province.ts";
import { scratchDatabase } from "./testing/scratch-database.ts";
import { motcuaRun } from "./testing/server-process.ts";

const tmp = mkdtempSync(join(tmpdir(), "motcua-backup-"));

async function filled(db: Db, filesDir: string) {
  await migrate(db);
  await seedProvince(db);
  await db.transaction((tx) =>
    record(tx, SYSTEM_ACTOR, new Date("2026-03-04T05:06:07Z"), {
      action: "test.backup",
      subjectType: "test",
      subjectId: "1",
      details: { note: "Sao lưu — backup" },
    }),
  );
  mkdirSync(join(filesDir, "ab"), { recursive: true });
  writeFileSync(join(filesDir, "ab", "abcd.pdf"), "%PDF-1.7 tệp thử / test file");
}

describe(`backup and restore (${TEST_ENGINE})`, () => {
  it("restores every row, file and the audit chain, and checks them", async () => {
    const source = TEST_ENGINE === "postgres" ? await scratchDatabase() : null;
    const target = TEST_ENGINE === "postgres" ? await scratchDatabase() : null;
    const from = { data: join(tmp, "from"), files: join(tmp, "from-files") };
    const to = { data: join(tmp, "to"), files: join(tmp, "to-files") };
    const open = (data: string, url?: string) =>
      url ? openDb({ url, max: 2 }) : openDb({ dataDir: data });
    try {
      const db = await open(from.data, source?.url);
      await filled(db, from.files);
      const before = await storeFacts(db);
      await db.close();

      const out = join(tmp, "backup");
      const b = await motcuaRun(["backup", "--out", out, "--data", from.data], {
        DATABASE_URL: source?.url,
        MOTCUA_FILES: from.files,
      });
      expect(b.err).toBe("");
      expect(b.code).toBe(0);
      expect(existsSync(join(out, "manifest.json"))).toBe(true);

      const r = await motcuaRun(["restore", "--from", out, "--data", to.data], {
        DATABASE_URL: target?.url,
        MOTCUA_FILES: to.files,
      });
      expect(r.err).toBe("");
      expect(r.code).toBe(0);
      expect(r.out).toContain("audit chain whole");

      // Independently of the command's own check: the same rows, files and audit head.
      const again = await open(to.data, target?.url);
      const after = await storeFacts(again);
      await again.close();
      expect(after).toEqual(before);
      expect(Object.keys(after.tables)).toContain("dossiers");
      expect(after.tables.users.rows).toBeGreaterThan(0);
      expect(listFiles(to.files)).toEqual(listFiles(from.files));

      // A second restore into the now-used store is refused, naming the folder or database.
      const twice = await motcuaRun(["restore", "--from", out, "--data", to.data], {
        DATABASE_URL: target?.url,
        MOTCUA_FILES: to.files,
      });
      expect(twice.code).toBe(2);
      expect(twice.err).toMatch(/already (holds a store|has tables)/);
    } finally {
      await source?.drop();
      await target?.drop();
    }
  }, 600_000);
});
