// Start a process and time it until an HTTP endpoint answers.
import { type ChildProcess, spawn } from "node:child_process";

export async function waitHealthy(url: string, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

export async function timeToHealthy(
  cmd: string,
  args: string[],
  url: string,
  env: Record<string, string> = {},
  timeoutMs = 120_000,
) {
  const t0 = performance.now();
  const child: ChildProcess = spawn(cmd, args, {
    env: { ...process.env, ...env },
    stdio: "ignore",
  });
  try {
    await waitHealthy(url, timeoutMs);
    return { ms: performance.now() - t0, child };
  } catch (e) {
    child.kill("SIGKILL");
    throw e;
  }
}

export function stop(child: ChildProcess): Promise<void> {
  return new Promise((r) => {
    if (child.exitCode !== null) return r();
    child.once("exit", () => r());
    child.kill("SIGTERM");
  });
}

/** The floor: a bare Node HTTP server answering a small JSON body. */
export const BARE_SERVER = `require("http").createServer((q,s)=>{s.setHeader("content-type","application/json");s.end('{"status":"ok"}')}).listen(+process.env.PORT,"127.0.0.1")`;
