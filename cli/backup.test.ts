// backup → restore gives the same store: every table row by row (count and digest), the files,
// the audit chain; on the embedded store (the command refused while a server holds it) and on
// PostgreSQL (pg_dump/pg_restore) when TEST_DATABASE_URL is set. With the files in an
// S3-compatible store (the local simulator), from one bucket to another, every file compared.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { record } from "../server/modules/audit/index.ts";
import {
  createS3FileStore,
  folderPathOf,
  type S3Simulator,
  startS3Simulator,
} from "../server/modules/documents/index.ts";
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

async function filled(db: Db, filesDir?: string) {
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
  if (!filesDir) return;
  mkdirSync(join(filesDir, "ab"), { recursive: true });
  writeFileSync(join(filesDir, "ab", "abcd.pdf"), "%PDF-1.7 tệp thử / test file");
}

const s3Env = (sim: S3Simulator) => ({
  MOTCUA_FILES_S3: `${sim.url}/tep`,
  MOTCUA_FILES_S3_REGION: sim.location.region,
  MOTCUA_FILES_S3_ACCESS_KEY: sim.location.accessKey,
  MOTCUA_FILES_S3_SECRET_KEY: sim.location.secret,
});

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

  it("takes the files from an S3-compatible store and puts them back into another, every file compared", async () => {
    const source = TEST_ENGINE === "postgres" ? await scratchDatabase() : null;
    const target = TEST_ENGINE === "postgres" ? await scratchDatabase() : null;
    const from = { data: join(tmp, "s3-from"), sim: await startS3Simulator() };
    const to = { data: join(tmp, "s3-to"), sim: await startS3Simulator({ bucket: "du-phong" }) };
    const open = (data: string, url?: string) =>
      url ? openDb({ url, max: 2 }) : openDb({ dataDir: data });
    try {
      const db = await open(from.data, source?.url);
      await filled(db);
      const before = await storeFacts(db);
      await db.close();
      const store = createS3FileStore({ ...from.sim.location, endpoint: `${from.sim.url}/tep` });
      const stored = new Map<string, Buffer>();
      for (let i = 0; i < 12; i++) {
        const bytes = Buffer.from(`%PDF-1.7\n% Hồ sơ số ${i}\n%%EOF\n`);
        stored.set((await store.put(bytes, { declaredName: `${i}.pdf` })).sha256, bytes);
      }
      const text = Buffer.from("Ghi chú của cán bộ\n");
      stored.set((await store.put(text, { declaredName: "ghi-chu.txt" })).sha256, text);

      const out = join(tmp, "s3-backup");
      const b = await motcuaRun(["backup", "--out", out, "--data", from.data], {
        DATABASE_URL: source?.url,
        ...s3Env(from.sim),
      });
      expect(b.err).toBe("");
      expect(b.code).toBe(0);
      expect(b.out).toContain("13 tệp / files");
      // The backup holds each file as the folder store lays it out (restorable into either).
      const inBackup = listFiles(join(out, "files"));
      expect(inBackup.map((f) => f.path).sort()).toEqual(
        [...stored.keys()].map((sha) => folderPathOf(sha)).sort(),
      );
      expect(inBackup.every((f) => f.path.endsWith(f.sha256))).toBe(true);

      const r = await motcuaRun(["restore", "--from", out, "--data", to.data], {
        DATABASE_URL: target?.url,
        ...s3Env(to.sim),
      });
      expect(r.err).toBe("");
      expect(r.code).toBe(0);
      expect(r.out).toContain("13 tệp khớp / files match");

      // Independently of the command's own check: the same rows, and every object, byte for byte.
      const again = await open(to.data, target?.url);
      expect(await storeFacts(again)).toEqual(before);
      await again.close();
      expect(to.sim.keys()).toEqual(from.sim.keys());
      for (const [sha, bytes] of stored)
        expect(to.sim.object(`tep/${sha.slice(0, 2)}/${sha}`)?.equals(bytes), sha).toBe(true);
      expect(b.out + b.err + r.out + r.err).not.toContain(from.sim.location.secret);
    } finally {
      await from.sim.stop();
      await to.sim.stop();
      await source?.drop();
      await target?.drop();
    }
  }, 600_000);

  it("stops a restore whose files do not reach the S3 store, naming the store", async () => {
    const out = join(tmp, "s3-refused-backup");
    const sim = await startS3Simulator();
    const db = TEST_ENGINE === "postgres" ? await scratchDatabase() : null;
    const source = TEST_ENGINE === "postgres" ? await scratchDatabase() : null;
    try {
      const data = join(tmp, "s3-refused-from");
      const d = await (source ? openDb({ url: source.url, max: 2 }) : openDb({ dataDir: data }));
      await filled(d);
      await d.close();
      await createS3FileStore(sim.location).put(Buffer.from("%PDF-1.7\n%%EOF\n"), {
        declaredName: "a.pdf",
      });
      const b = await motcuaRun(["backup", "--out", out, "--data", data], {
        DATABASE_URL: source?.url,
        ...s3Env(sim),
        MOTCUA_FILES_S3: sim.url,
      });
      expect(b.code).toBe(0);
      const r = await motcuaRun(["restore", "--from", out, "--data", join(tmp, "s3-refused-to")], {
        DATABASE_URL: db?.url,
        ...s3Env(sim),
        MOTCUA_FILES_S3_SECRET_KEY: "khoa-sai-0000000000",
      });
      expect(r.code).not.toBe(0);
      expect(r.err).toMatch(/Kho tệp S3 127\.0\.0\.1:\d+\/motcua-files từ chối .* \(403\)/);
      expect(r.err).toContain("check MOTCUA_FILES_S3_ACCESS_KEY, MOTCUA_FILES_S3_SECRET_KEY");
      expect(sim.calls.at(-1)).toMatchObject({ status: 403, code: "SignatureDoesNotMatch" });
      expect(r.err).not.toContain("khoa-sai-0000000000");
      // The database was left as it was: with the right key, the same restore goes through.
      const fixed = await motcuaRun(
        ["restore", "--from", out, "--data", join(tmp, "s3-refused-to")],
        { DATABASE_URL: db?.url, ...s3Env(sim) },
      );
      expect(fixed.err).toBe("");
      expect(fixed.code).toBe(0);
      expect(fixed.out).toContain("1 tệp khớp / files match");
    } finally {
      await sim.stop();
      await db?.drop();
      await source?.drop();
    }
  }, 600_000);
});
