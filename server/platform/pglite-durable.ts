// fsync for the embedded store. PGlite starts PostgreSQL with `-F` (fsync off), and even with
// fsync on its Node file system (Emscripten's NODEFS) has no fsync: the call returns without
// reaching the disk, and fdatasync is a no-op. A committed transaction then sits in the
// operating system's cache — it survives a killed process, not a power cut or a kernel crash.
// Here fsync is turned on, NODEFS's fsync is made to call the real one, and the WAL is synced
// with fsync (wal_sync_method=fsync) rather than the no-op fdatasync.
import { fsyncSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { NodeFS } from "@electric-sql/pglite/nodefs";

/** The number of real fsync calls made by embedded stores in this process (for tests). */
export const fsyncCalls = { count: 0 };

interface NodefsModule {
  NODEFS: { stream_ops: { fsync?: (stream: { nfd?: number }) => number } };
}

/** PGlite's Node file system with a real fsync. */
export class DurableNodeFS extends NodeFS {
  override async init(...args: Parameters<NodeFS["init"]>) {
    const out = await super.init(...args);
    const preRun = out.emscriptenOpts.preRun ?? [];
    out.emscriptenOpts.preRun = [
      ...(Array.isArray(preRun) ? preRun : [preRun]),
      (mod: unknown) => {
        (mod as NodefsModule).NODEFS.stream_ops.fsync = (stream) => {
          if (stream.nfd !== undefined) fsyncSync(stream.nfd);
          fsyncCalls.count++;
          return 0;
        };
      },
    ] as typeof out.emscriptenOpts.preRun;
    return out;
  }
}

/** PostgreSQL's start parameters: PGlite's own, with fsync on unless `fsync` is false. */
export function startParams(fsync: boolean): string[] {
  if (!fsync) return [...PGlite.defaultStartParams];
  return [...PGlite.defaultStartParams.filter((p) => p !== "-F"), "-c", "wal_sync_method=fsync"];
}
