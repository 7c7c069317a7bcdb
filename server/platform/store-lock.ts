// One writer per embedded store: PGlite runs PostgreSQL inside this process, so a second process
// opening the same folder would run a second PostgreSQL on the same files (lost commits, codes
// issued twice, a broken audit chain). The folder holds a lock file naming its holder (pid and
// the process's start time, so a reused pid is not mistaken for the holder); a lock whose holder
// is gone (SIGKILL, power cut) is taken over.
//
// Races: the lock file is published whole with link(2), which fails when the name exists, so two
// starters cannot both create it. A stale lock is taken over by renaming it to a unique name and
// checking that the file moved is the stale one read before; if it was a fresh lock (another
// starter took over first), it is put back and this starter is refused.
import { randomBytes } from "node:crypto";
import {
  closeSync,
  fsyncSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { hostname } from "node:os";
import { join, resolve } from "node:path";
import { AppError } from "./errors.ts";

export const LOCK_FILE = "motcua.lock";

export interface LockHolder {
  pid: number;
  /** The process's start time in clock ticks since boot (Linux), null where unknown. */
  startTicks: number | null;
  host: string;
  command: string;
  since: string;
  nonce: string;
}

export interface StoreLock {
  readonly path: string;
  readonly holder: LockHolder;
  release(): void;
}

/** The start time of a process (field 22 of /proc/PID/stat), null when /proc is not there. */
export function processStartTicks(pid: number | "self"): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) is in parentheses and may hold spaces: count after the last ")".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[19]);
  } catch {
    return null;
  }
}

/** Whether the process that wrote `h` is still running on this machine. */
export function holderAlive(h: LockHolder): boolean {
  if (h.host !== hostname()) return true; // another machine's process cannot be checked: assume alive
  try {
    process.kill(h.pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ESRCH") return false;
  }
  const ticks = processStartTicks(h.pid);
  return h.startTicks === null || ticks === null || ticks === h.startTicks;
}

function readHolder(path: string): LockHolder | null | "absent" {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return "absent";
    throw e;
  }
  try {
    const h = JSON.parse(text) as LockHolder;
    return typeof h.pid === "number" && typeof h.nonce === "string" ? h : null;
  } catch {
    return null; // not a lock this code wrote whole: treated as stale
  }
}

function refused(dir: string, h: LockHolder): AppError {
  const since = h.since.replace("T", " ").slice(0, 19);
  return new AppError(
    "store.in_use",
    "conflict",
    {
      vi:
        `Thư mục dữ liệu ${dir} đang được tiến trình ${h.pid} (${h.command}, từ ${since} UTC, máy ${h.host}) sử dụng. ` +
        "CSDL nhúng chỉ cho một tiến trình mở: hãy dừng máy chủ đó trước, hoặc thực hiện thao tác qua API HTTP của máy chủ đang chạy.",
      en:
        `The data folder ${dir} is in use by process ${h.pid} (${h.command}, since ${since} UTC, host ${h.host}). ` +
        "The embedded store allows one process: stop that server first, or do this through the running server's HTTP API.",
    },
    { extra: { dataDir: dir, pid: h.pid } },
  );
}

/** Takes the folder's lock or throws `store.in_use` naming the holder. */
export function acquireStoreLock(dataDir: string, command = commandLine()): StoreLock {
  const dir = resolve(dataDir);
  const path = join(dir, LOCK_FILE);
  const holder: LockHolder = {
    pid: process.pid,
    startTicks: processStartTicks("self"),
    host: hostname(),
    command,
    since: new Date().toISOString(),
    nonce: randomBytes(12).toString("hex"),
  };
  const draft = `${path}.${holder.nonce}`;
  const fd = openSync(draft, "wx", 0o600);
  try {
    writeSync(fd, JSON.stringify(holder));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        linkSync(draft, path);
        return held(path, holder);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      }
      const current = readHolder(path);
      if (current === "absent") continue;
      if (current && holderAlive(current)) throw refused(dir, current);
      takeOverStale(dir, path, current);
    }
    throw new AppError("store.lock_contended", "conflict", {
      vi: `Không lấy được khóa thư mục dữ liệu ${dir}: nhiều tiến trình cùng khởi động. Hãy thử lại.`,
      en: `Could not lock the data folder ${dir}: several processes are starting at once. Try again.`,
    });
  } finally {
    unlinkSync(draft);
  }
}

function takeOverStale(dir: string, path: string, stale: LockHolder | null): void {
  const tomb = `${path}.stale.${randomBytes(6).toString("hex")}`;
  try {
    renameSync(path, tomb);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return; // another starter removed it
    throw e;
  }
  const moved = readHolder(tomb);
  const wasStale =
    moved === null || moved === "absent" || (stale !== null && moved.nonce === stale.nonce);
  if (wasStale) {
    unlinkSync(tomb);
    return;
  }
  // A fresh lock of a starter that took over first: give it back, and yield to it.
  try {
    linkSync(tomb, path);
  } finally {
    unlinkSync(tomb);
  }
  throw refused(dir, moved);
}

const releasers = new Set<() => void>();
let exitHookInstalled = false;

function held(path: string, holder: LockHolder): StoreLock {
  const release = () => {
    releasers.delete(release);
    const current = readHolder(path);
    if (current && current !== "absent" && current.nonce === holder.nonce) unlinkSync(path);
  };
  releasers.add(release);
  if (!exitHookInstalled) {
    // A process that ends without closing its store (an error in a command) lets go of its
    // locks; a killed one leaves the file, and its dead pid makes it stale.
    process.once("exit", () => {
      for (const r of [...releasers]) r();
    });
    exitHookInstalled = true;
  }
  return { path, holder, release };
}

/** "motcua serve", "motcua user create": the command's words, never its options' values. */
function commandLine(): string {
  const words: string[] = [];
  for (const a of process.argv.slice(2)) {
    if (a.startsWith("-") || words.length === 2) break;
    words.push(a);
  }
  return ["motcua", ...words].join(" ");
}
