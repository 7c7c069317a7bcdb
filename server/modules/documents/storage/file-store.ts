// Files addressed by their SHA-256 in a folder: content-checked on the way in (admission.ts),
// written atomically (temp file, fsync, rename), verified on the way out.
import { randomBytes } from "node:crypto";
import { mkdir, open, readFile, rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import {
  admission,
  checkSha,
  type FileStore,
  type FileStoreOptions,
  fileCorrupt,
  fileNotFound,
  intact,
} from "./admission.ts";

export {
  DEFAULT_ALLOW,
  type FileStore,
  type FileStoreOptions,
  type StoredFile,
} from "./admission.ts";

/** Where a file lives inside the folder (and inside a backup's files/ folder). */
export const folderPathOf = (sha: string): string => join(sha.slice(0, 2), sha.slice(2, 4), sha);

export function createFileStore(dir: string, opts: FileStoreOptions = {}): FileStore {
  const admit = admission(opts);
  const pathOf = (sha: string) => join(dir, folderPathOf(sha));

  return {
    async put(bytes, meta) {
      const stored = admit(bytes, meta);
      const target = pathOf(stored.sha256);
      if (!(await exists(target))) await writeAtomically(target, bytes);
      return stored;
    },

    async get(sha256) {
      checkSha(sha256);
      let bytes: Buffer;
      try {
        bytes = await readFile(pathOf(sha256));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
        throw fileNotFound(sha256);
      }
      if (!intact(sha256, bytes)) throw fileCorrupt(sha256);
      return new Uint8Array(bytes);
    },

    async has(sha256) {
      checkSha(sha256);
      return exists(pathOf(sha256));
    },
  };
}

async function exists(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Temp file in the same folder, fsync, rename over: readers see the whole file or nothing. */
async function writeAtomically(target: string, bytes: Uint8Array): Promise<void> {
  const folder = join(target, "..");
  await mkdir(folder, { recursive: true });
  const tmp = join(folder, `.tmp-${randomBytes(8).toString("hex")}`);
  const fh = await open(tmp, "wx", 0o640);
  try {
    await fh.writeFile(bytes);
    await fh.sync();
  } finally {
    await fh.close();
  }
  try {
    await rename(tmp, target);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
  // Make the rename itself durable where the platform allows fsync on a directory.
  const dh = await open(folder, "r").catch(() => undefined);
  await dh?.sync().catch(() => {});
  await dh?.close();
}
