// The files of an S3-compatible store in a backup. `motcua backup` lists the bucket
// (ListObjectsV2 under the store's prefix) rather than reading the hashes the database references:
// the listing needs no knowledge of which tables name files (documents, staged uploads, results,
// certified copies, reform evidence…), so a table added later cannot be forgotten, and it takes
// what a folder backup takes — every stored file. Each object is read back checked against its
// hash and written into the backup's files/ folder as the folder store lays it out, so a backup
// restores into either kind of store. `motcua restore` puts each file back under its hash
// (skipping those already there) and the check reads every one back.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { type FileObjects, folderPathOf } from "../../server/modules/documents/index.ts";
import { isAppError } from "../../server/platform/errors.ts";
import { type FileEntry, listFiles } from "./files.ts";

/** Every stored file of the bucket into `to` (the backup's files/ folder); how many. */
export async function copyFromBucket(objects: FileObjects, to: string): Promise<number> {
  let n = 0;
  for await (const sha of objects.list()) {
    const bytes = await objects.get(sha);
    const path = join(to, folderPathOf(sha));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
    n++;
  }
  return n;
}

/** Every file of the backup's files/ folder into the bucket, under its hash. */
export async function copyToBucket(from: string, objects: FileObjects): Promise<void> {
  for (const f of listFiles(from)) await objects.put(f.sha256, readFileSync(join(from, f.path)));
}

/** The entries of `expected` the bucket does not hold intact. */
export async function missingInBucket(
  objects: FileObjects,
  expected: FileEntry[],
): Promise<string[]> {
  const missing: string[] = [];
  for (const f of expected) {
    try {
      await objects.get(f.sha256);
    } catch (e) {
      // An outage or a refusal is not a missing file: it stops the restore with its own message.
      const code = isAppError(e) ? e.code : "";
      if (code !== "documents.file_not_found" && code !== "documents.file_corrupt") throw e;
      missing.push(f.path);
    }
  }
  return missing;
}
