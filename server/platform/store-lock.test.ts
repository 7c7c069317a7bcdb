import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isAppError } from "./errors.ts";
import { acquireStoreLock, LOCK_FILE, type LockHolder, processStartTicks } from "./store-lock.ts";

const folder = () => mkdtempSync(join(tmpdir(), "motcua-lock-"));

function holder(over: Partial<LockHolder>): LockHolder {
  return {
    pid: process.pid,
    startTicks: processStartTicks("self"),
    host: hostname(),
    command: "motcua serve",
    since: "2026-01-02T03:04:05.000Z",
    nonce: "n0",
    ...over,
  };
}

function refusal(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    if (isAppError(e)) return e;
    throw e;
  }
  throw new Error("the second opener was not refused");
}

describe("the embedded store's folder lock", () => {
  it("refuses a second opener, naming the folder, the holder's pid and what to do", () => {
    const dir = folder();
    const lock = acquireStoreLock(dir, "motcua serve");
    const e = refusal(() => acquireStoreLock(dir, "motcua user create"));
    expect(e.code).toBe("store.in_use");
    expect(e.messages.en).toContain(dir);
    expect(e.messages.en).toContain(`process ${process.pid}`);
    expect(e.messages.en).toContain("stop that server first, or do this through");
    expect(e.messages.vi).toContain(`tiến trình ${process.pid}`);
    expect(e.messages.vi).toContain("hãy dừng máy chủ đó trước");
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    acquireStoreLock(dir).release();
  });

  it("takes over the lock of a process that is gone (killed, crashed)", () => {
    const dir = folder();
    const dead = spawnSync(process.execPath, ["-e", "0"]).pid as number;
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify(holder({ pid: dead, nonce: "dead" })));
    const lock = acquireStoreLock(dir);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), "utf8")).pid).toBe(process.pid);
    lock.release();
  });

  it("does not mistake a reused pid for the holder (the start time differs)", () => {
    if (processStartTicks("self") === null) return; // no /proc: liveness is by pid alone
    const dir = folder();
    const reused = holder({ startTicks: (processStartTicks("self") ?? 0) - 1, nonce: "old" });
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify(reused));
    acquireStoreLock(dir).release();
  });

  it("treats a lock file it cannot read as stale", () => {
    const dir = folder();
    writeFileSync(join(dir, LOCK_FILE), "{half");
    acquireStoreLock(dir).release();
  });

  it("releases only its own lock", () => {
    const dir = folder();
    const lock = acquireStoreLock(dir);
    // Someone else's lock in its place (the file replaced by hand): release leaves it there.
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify(holder({ nonce: "other" })));
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
  });
});

describe("starters racing for one folder", () => {
  it("lets exactly one of several processes take a stale lock at the same instant", async () => {
    const dir = folder();
    const dead = spawnSync(process.execPath, ["-e", "0"]).pid as number;
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify(holder({ pid: dead, nonce: "dead" })));
    const lockModule = new URL("./store-lock.ts", import.meta.url).href;
    // Each starter loads, says it is ready, tries when told to (all at once), and keeps what it
    // got until its input ends.
    const script = `
      const { acquireStoreLock } = await import(${JSON.stringify(lockModule)});
      process.stdout.write("ready\\n");
      process.stdin.once("data", () => {
        try { acquireStoreLock(${JSON.stringify(dir)}); console.log("won"); }
        catch (e) { console.log(e.code); }
        process.stdin.resume();
      });`;
    const starters = Array.from({ length: 4 }, () => {
      const child = spawn(process.execPath, [
        "--import",
        "tsx",
        "--input-type=module",
        "-e",
        script,
      ]);
      let out = "";
      const lines = (n: number) =>
        new Promise<string[]>((resolve) => {
          const look = () => {
            const l = out.split("\n").filter(Boolean);
            if (l.length >= n) resolve(l);
            else
              child.stdout.once("data", (b: Buffer) => {
                out += b.toString();
                look();
              });
          };
          look();
        });
      return { child, lines };
    });
    await Promise.all(starters.map((s) => s.lines(1)));
    for (const s of starters) s.child.stdin.write("go\n");
    const runs = (await Promise.all(starters.map((s) => s.lines(2)))).map((l) => l[1]);
    for (const s of starters) s.child.stdin.end();
    await Promise.all(starters.map((s) => new Promise((r) => s.child.once("exit", r))));
    expect(runs.filter((r) => r === "won")).toHaveLength(1);
    expect(runs.filter((r) => r === "store.in_use")).toHaveLength(3);
  }, 60_000);
});
