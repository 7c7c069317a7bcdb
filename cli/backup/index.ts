// `motcua backup` / `motcua restore`: the database (pg_dump/pg_restore for a PostgreSQL server; a
// copy of the embedded store's folder, taken under its lock) and the file store's folder, with a
// manifest of what the store held (each table's row count and digest, the audit chain's head,
// every file's hash) that the restore checks the restored store against.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { verifyChain } from "../../server/modules/audit/index.ts";
import { type S3Location, s3FileObjects } from "../../server/modules/documents/index.ts";
import { type Db, openDb } from "../../server/platform/db.ts";
import { AppError } from "../../server/platform/errors.ts";
import { acquireStoreLock, LOCK_FILE } from "../../server/platform/store-lock.ts";
import { copyFromBucket, copyToBucket, missingInBucket } from "./bucket.ts";
import { factsDiffer, type StoreFacts, storeFacts } from "./facts.ts";
import { copyFiles, type FileEntry, filesMissing, listFiles } from "./files.ts";
import { pgDump, pgRestore } from "./pg-tools.ts";

export const BACKUP_FORMAT = "motcua-backup/1";

export interface Store {
  /** A PostgreSQL server's database; absent for the embedded store. */
  url?: string;
  dataDir: string;
  filesDir: string;
  /** The S3-compatible file store, when the files are there rather than in filesDir. */
  filesS3?: S3Location;
}

export interface Manifest {
  format: typeof BACKUP_FORMAT;
  engine: "pglite" | "postgres";
  createdAt: string;
  facts: StoreFacts;
  files: FileEntry[];
}

const problem = (code: string, vi: string, en: string) =>
  new AppError(`backup.${code}`, "bad_input", { vi, en });

function emptyOrAbsent(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).length === 0;
}

export async function backup(store: Store, out: string, now: Date): Promise<Manifest> {
  if (!emptyOrAbsent(out))
    throw problem(
      "out_not_empty",
      `--out: thư mục ${out} đã có dữ liệu; hãy chọn một thư mục mới`,
      `--out: the folder ${out} is not empty; choose a new one`,
    );
  mkdirSync(out, { recursive: true });
  const facts = store.url ? await dumpServer(store.url, out) : await copyEmbedded(store, out);
  // After the database: files are never deleted, so every file it names is already stored.
  if (store.filesS3) await copyFromBucket(s3FileObjects(store.filesS3), join(out, "files"));
  else copyFiles(store.filesDir, join(out, "files"));
  const manifest: Manifest = {
    format: BACKUP_FORMAT,
    engine: store.url ? "postgres" : "pglite",
    createdAt: now.toISOString(),
    facts,
    files: listFiles(join(out, "files")),
  };
  writeFileSync(join(out, "manifest.json"), JSON.stringify(manifest, null, 1));
  return manifest;
}

/** pg_dump under the snapshot the facts were read in, so both describe the same instant. */
async function dumpServer(url: string, out: string): Promise<StoreFacts> {
  const db = await openDb({ url, max: 1 });
  try {
    return await db.transaction(async (tx) => {
      await tx.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
      const snap = await tx.query<{ id: string }>("SELECT pg_export_snapshot() AS id");
      const facts = await storeFacts(tx);
      await pgDump(url, join(out, "database.dump"), snap.rows[0].id);
      return facts;
    });
  } finally {
    await db.close();
  }
}

/** The embedded store's folder, copied while this process holds it (no one else writes). */
async function copyEmbedded(store: Store, out: string): Promise<StoreFacts> {
  const db = await openDb({ dataDir: store.dataDir });
  try {
    const facts = await storeFacts(db);
    await db.exec("CHECKPOINT");
    const src = resolve(store.dataDir);
    const files = resolve(store.filesDir);
    cpSync(src, join(out, "pgdata"), {
      recursive: true,
      filter: (p) => {
        const rel = relative(src, resolve(p));
        return !rel.startsWith(LOCK_FILE) && resolve(p) !== files;
      },
    });
    return facts;
  } finally {
    await db.close();
  }
}

export interface RestoreReport {
  manifest: Manifest;
  tables: number;
  files: number;
  auditRecords: number;
}

export async function restore(store: Store, from: string): Promise<RestoreReport> {
  const path = join(from, "manifest.json");
  if (!existsSync(path))
    throw problem(
      "not_a_backup",
      `--from: ${from} không phải bản sao lưu (thiếu manifest.json)`,
      `--from: ${from} is not a backup (no manifest.json)`,
    );
  const manifest = JSON.parse(readFileSync(path, "utf8")) as Manifest;
  const engine = store.url ? "postgres" : "pglite";
  if (manifest.format !== BACKUP_FORMAT || manifest.engine !== engine)
    throw problem(
      "wrong_engine",
      `--from: bản sao lưu ${manifest.engine ?? "?"} (${manifest.format}) không khôi phục được vào CSDL ${engine}`,
      `--from: a ${manifest.engine ?? "?"} backup (${manifest.format}) cannot be restored into a ${engine} store`,
    );
  // The targets are checked empty first, then the files go back (a store that refuses them
  // leaves the database untouched, so the restore can be run again), then the database.
  if (store.url) await checkServerEmpty(store.url);
  else checkEmbeddedEmpty(store.dataDir);
  const bucket = store.filesS3 ? s3FileObjects(store.filesS3) : null;
  if (bucket) await copyToBucket(join(from, "files"), bucket);
  else copyFiles(join(from, "files"), store.filesDir);
  if (store.url) await pgRestore(store.url, join(from, "database.dump"));
  else restoreEmbedded(store.dataDir, from);
  const missing = bucket
    ? await missingInBucket(bucket, manifest.files)
    : filesMissing(store.filesDir, manifest.files);
  const db = await openDb(store.url ? { url: store.url, max: 1 } : { dataDir: store.dataDir });
  try {
    const differ = factsDiffer(manifest.facts, await storeFacts(db));
    const chain = await verifyChain(db);
    if (differ.length || missing.length || !chain.ok)
      throw new AppError("backup.restore_mismatch", "internal", {
        vi: `Khôi phục không khớp bản sao lưu: bảng ${differ.join(", ") || "—"}; tệp ${missing.slice(0, 5).join(", ") || "—"}; chuỗi nhật ký ${chain.ok ? "nguyên vẹn" : `hỏng ở bản ghi ${chain.firstBad?.seq}`}`,
        en: `The restored store does not match the backup: tables ${differ.join(", ") || "—"}; files ${missing.slice(0, 5).join(", ") || "—"}; audit chain ${chain.ok ? "whole" : `broken at record ${chain.firstBad?.seq}`}`,
      });
    return {
      manifest,
      tables: Object.keys(manifest.facts.tables).length,
      files: manifest.files.length,
      auditRecords: chain.checked,
    };
  } finally {
    await db.close();
  }
}

async function checkServerEmpty(url: string): Promise<void> {
  const db: Db = await openDb({ url, max: 1 });
  try {
    const used = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'",
    );
    if (used.rows[0].n > 0)
      throw problem(
        "target_not_empty",
        "DATABASE_URL: CSDL đích đã có bảng; hãy khôi phục vào một CSDL mới, trống",
        "DATABASE_URL: the target database already has tables; restore into a new, empty database",
      );
  } finally {
    await db.close();
  }
}

function checkEmbeddedEmpty(dataDir: string): void {
  if (existsSync(join(dataDir, "PG_VERSION")))
    throw problem(
      "target_not_empty",
      `--data: thư mục ${dataDir} đã chứa một CSDL; hãy khôi phục vào một thư mục mới`,
      `--data: the folder ${dataDir} already holds a store; restore into a new folder`,
    );
}

function restoreEmbedded(dataDir: string, from: string): void {
  mkdirSync(dataDir, { recursive: true });
  const lock = acquireStoreLock(dataDir);
  try {
    cpSync(join(from, "pgdata"), dataDir, { recursive: true, force: false });
  } finally {
    lock.release();
  }
}
