// The whole app with its log lines captured in memory, for tests that read what was logged.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildApp } from "../app.ts";
import { type Clock, fixedClock } from "../platform/clock.ts";
import { loadConfig } from "../platform/config.ts";
import { createLogger } from "../platform/logger.ts";
import { testDb } from "../platform/testing.ts";
import { buildSystem } from "../system.ts";

export async function loggedEnv(env: Record<string, string> = {}) {
  const db = await testDb();
  const clock = fixedClock("2026-03-02T02:00:00Z");
  const lines: string[] = [];
  const log = createLogger("debug", { write: (line: string) => void lines.push(line) });
  const { base, modules } = buildSystem({
    config: loadConfig(env),
    db,
    clock: clock as Clock,
    log,
    demo: true,
    options: { filesDir: mkdtempSync(join(tmpdir(), "motcua-files-")) },
    cacheMs: 0,
  });
  const app = buildApp({ ...base, modules });
  return { db, clock, app, agencies: base.agencies, log, lines, close: () => db.close() };
}
