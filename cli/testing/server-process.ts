// The real `motcua` command as a child process, for tests and scripts that kill, stop and
// restart it.
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "../../server/platform/paths.ts";

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<Run>;
}

const BIN = join(ROOT, "cli/bin.js");

/** `motcua ARGS` (or another entry point: `scripts/start.mjs`). */
export function motcua(args: string[], env: Record<string, string | undefined> = {}, entry = BIN) {
  const child = spawn(process.execPath, [entry, ...args], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout!.on("data", (b: Buffer) => {
    out += b.toString();
  });
  child.stderr!.on("data", (b: Buffer) => {
    err += b.toString();
  });
  const exited = new Promise<Run>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal, out, err })),
  );
  return { child, exited, output: () => out + err };
}

/** Runs a command to its end. */
export function motcuaRun(args: string[], env: Record<string, string | undefined> = {}) {
  return motcua(args, env).exited;
}

/** Starts `motcua serve` on a free port and resolves when it answers. */
export function startServe(
  args: string[],
  env: Record<string, string | undefined> = {},
  timeoutMs = 180_000,
): Promise<ServerProcess> {
  return started(motcua(["serve", "--port", "0", ...args], env), timeoutMs);
}

/** Resolves when the process says where it serves. */
export async function started(
  p: ReturnType<typeof motcua>,
  timeoutMs = 180_000,
): Promise<ServerProcess> {
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      p.child.kill("SIGKILL");
      reject(new Error(`motcua serve did not start in ${timeoutMs} ms:\n${p.output()}`));
    }, timeoutMs);
    const look = () => {
      const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(p.output());
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    p.child.stdout!.on("data", look);
    p.exited.then((r) => {
      clearTimeout(timer);
      reject(new Error(`motcua serve exited (${r.code ?? r.signal}):\n${r.out}${r.err}`));
    });
  });
  return { ...p, url };
}

/** SIGKILL, and wait for the process to be gone. */
export async function kill(p: { child: ChildProcess; exited: Promise<Run> }): Promise<void> {
  if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill("SIGKILL");
  await p.exited;
}
