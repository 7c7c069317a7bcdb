// One writer per embedded store: PGlite runs PostgreSQL inside this process, so a second process
// opening the same folder would run a second PostgreSQL on the same files (lost commits, codes
// issued twice, a broken audit chain). The folder holds a lock file naming its holder (pid and
// the process's start time, so a reused pid is not mistaken for the holder); a lock whose holder
// is gone (SIGKILL, power cut) is taken over.
//
// Races: the lock file is published whole with link(2), which fails when the name exists, so two
// starters cannot both create it. Only a starter holding the takeover guard (a second file made
// the same way) may remove a stale lock, after reading it again under the guard; a live lock is
// never removed, so at most one starter's link can succeed.
import { randomBytes } from "node:crypto";
import {
  closeSync,
  fsyncSync,
  linkSync,
  openSync,
  readFileSync,
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

function readLock(path: string): { text: string; holder: LockHolder | null } | "absent" {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return "absent";
    throw e;
  }
  try {
    const h = JSON.parse(text) as LockHolder;
    return { text, holder: typeof h.pid === "number" && typeof h.nonce === "string" ? h : null };
  } catch {
    return { text, holder: null }; // not a lock this code wrote whole: treated as stale
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
    for (let attempt = 0; attempt < 200; attempt++) {
      try {
        linkSync(draft, path);
        return held(path, holder);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      }
      const current = readLock(path);
      if (current === "absent") continue;
      if (current.holder && holderAlive(current.holder)) throw refused(dir, current.holder);
      removeStale(path, draft, current.text);
    }
    throw new AppError("store.lock_contended", "conflict", {
      vi: `Không lấy được khóa thư mục dữ liệu ${dir}: nhiều tiến trình cùng khởi động. Hãy thử lại.`,
      en: `Could not lock the data folder ${dir}: several processes are starting at once. Try again.`,
    });
  } finally {
    unlinkSync(draft);
  }
}

/** Removes the lock file if it still holds `staleText`, under the takeover guard. */
function removeStale(path: string, draft: string, staleText: string): void {
  const guard = `${path}.takeover`;
  try {
    linkSync(draft, guard);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    const g = readLock(guard);
    // A guard whose holder died (within microseconds of taking it) is cleared; else wait a turn.
    if (g !== "absent" && (!g.holder || !holderAlive(g.holder))) unlinkIfSame(guard, g.text);
    else pause(5);
    return;
  }
  try {
    unlinkIfSame(path, staleText);
  } finally {
    unlinkSync(guard);
  }
}

function unlinkIfSame(path: string, text: string): void {
  const now = readLock(path);
  if (now !== "absent" && now.text === text) unlinkSync(path);
}

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

const releasers = new Set<() => void>();
let exitHookInstalled = false;

function held(path: string, holder: LockHolder): StoreLock {
  const release = () => {
    releasers.delete(release);
    const current = readLock(path);
    if (current !== "absent" && current.holder?.nonce === holder.nonce) unlinkSync(path);
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
