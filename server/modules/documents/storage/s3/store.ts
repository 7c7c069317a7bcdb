// The file store in an S3-compatible bucket: the same admission as the folder store
// (../admission.ts), objects named <prefix>/<sha[0:2]>/<sha>, read back only when their bytes
// still hash to their name. Writing is idempotent: a HEAD first, and a PUT only when the key is
// absent (or holds a different length). A conditional PUT (If-None-Match: *) is not honoured by
// every S3-compatible server a province may run, and a plain PUT would send the same bytes again
// each time a file is reused; two nodes racing past the HEAD both write identical bytes under a
// key that is their hash, which is harmless.
import {
  admission,
  checkSha,
  type FileStore,
  type FileStoreOptions,
  fileCorrupt,
  fileNotFound,
  intact,
} from "../admission.ts";
import { S3Bucket, type S3CallOptions, type S3Location } from "./bucket.ts";

const SHA_KEY = /^([0-9a-f]{2})\/([0-9a-f]{64})$/;

/** The stored files as objects, without the admission checks (backup and restore use it). */
export interface FileObjects {
  /** host/bucket, for messages. */
  readonly where: string;
  keyOf(sha256: string): string;
  has(sha256: string): Promise<boolean>;
  /** The bytes, checked against their hash (read twice before a mismatch is called corruption). */
  get(sha256: string): Promise<Uint8Array>;
  /** Stores bytes under their hash unless already there; true when they were written. */
  put(sha256: string, bytes: Uint8Array, contentType?: string): Promise<boolean>;
  /** The hashes of every stored file (asked for `pageSize` keys at a time). */
  list(pageSize?: number): AsyncGenerator<string>;
}

export function s3FileObjects(location: S3Location, opts: S3CallOptions = {}): FileObjects {
  const bucket = new S3Bucket(location, opts);
  const keyOf = (sha: string) => bucket.key(`${sha.slice(0, 2)}/${sha}`);
  return {
    where: bucket.where,
    keyOf,
    async has(sha) {
      checkSha(sha);
      return (await bucket.head(keyOf(sha))) !== null;
    },
    async get(sha) {
      checkSha(sha);
      // A mismatch may be a damaged transfer: one more read before the object is called corrupt.
      for (let read = 0; read < 2; read++) {
        const bytes = await bucket.get(keyOf(sha));
        if (bytes === null) throw fileNotFound(sha);
        if (intact(sha, bytes)) return new Uint8Array(bytes);
      }
      throw fileCorrupt(sha);
    },
    async put(sha, bytes, contentType = "application/octet-stream") {
      checkSha(sha);
      const there = await bucket.head(keyOf(sha));
      if (there && there.size === bytes.length) return false;
      // Signed with the file's own hash: the service checks the bytes it receives against it.
      await bucket.put(keyOf(sha), bytes, contentType, sha);
      return true;
    },
    async *list(pageSize) {
      const prefix = bucket.endpoint.prefix ? `${bucket.endpoint.prefix}/` : "";
      for await (const o of bucket.list(prefix, pageSize)) {
        // Only <sha[0:2]>/<sha> names: anything else under the prefix is not a stored file.
        const m = o.key.slice(prefix.length).match(SHA_KEY);
        if (m?.[2].startsWith(m[1])) yield m[2];
      }
    },
  };
}

export function createS3FileStore(
  location: S3Location,
  opts: FileStoreOptions & S3CallOptions = {},
): FileStore {
  const admit = admission(opts);
  const objects = s3FileObjects(location, opts);
  return {
    async put(bytes, meta) {
      const stored = admit(bytes, meta);
      await objects.put(stored.sha256, bytes, stored.mediaType);
      return stored;
    },
    get: (sha256) => objects.get(sha256),
    has: (sha256) => objects.has(sha256),
  };
}
