// Browser journeys: builds the web app when stale, starts the server in-process on a fresh
// in-memory PGlite database with the demo province, runs e2e/*.journey.ts in Chromium, and checks each
// key page with axe-core. Usage: npx tsx scripts/e2e.ts [name-filter]
// E2E_BASE_URL runs the journeys against a server already running with the demo province.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type BrowserContext, chromium } from "playwright-core";
import { type Journey, makeContext, type Seed } from "../e2e/harness.ts";
import type { Clock } from "../server/platform/clock.ts";
import { loadConfig } from "../server/platform/config.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const WEB_SRC = join(ROOT, "web");
const WEB_DIST = join(ROOT, "dist/web");
const OUT = join(ROOT, "test-output/screenshots");
const JOURNEY_TIMEOUT_MS = 90_000;

function newestMtime(dir: string): number {
  let max = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === "node_modules" || e.name.startsWith(".")) continue;
    const p = join(dir, e.name);
    max = Math.max(max, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return max;
}

function buildWebIfStale() {
  const index = join(WEB_DIST, "index.html");
  if (existsSync(index) && statSync(index).mtimeMs >= newestMtime(WEB_SRC)) return;
  console.log("e2e: building the web app…");
  const r = spawnSync(
    "npx",
    ["vite", "build", "--config", "web/vite.config.ts", "--logLevel", "warn"],
    { cwd: ROOT, stdio: "inherit" },
  );
  if (r.status !== 0) throw new Error("web build failed");
}

/** Real time that journeys can move forward (a dossier going late). */
function movableClock(): Clock & { advance(ms: number): void } {
  let offset = 0;
  return {
    now: () => new Date(Date.now() + offset),
    advance: (ms) => {
      offset += ms;
    },
  };
}

/**
 * The server as `npm start` composes it (server/main.ts: openDb → migrate → demo seed → buildApp
 * with every module's deps → serve), on a fresh in-memory PGlite store and a free port, so the
 * journeys follow the real composition as modules are added.
 */
async function startServer() {
  const clock = movableClock();
  const { startServer: start } = await import(pathToFileURL(join(ROOT, "server/main.ts")).href);
  const demo = await import(pathToFileURL(join(ROOT, "server/demo/index.ts")).href);
  const config = loadConfig({
    MOTCUA_DATA: "memory://",
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "silent",
    MOTCUA_WORKER: "1",
    // The browser stands for many people behind one proxy: each journey's X-Forwarded-For counts.
    MOTCUA_TRUSTED_PROXIES: "127.0.0.1, ::1",
  });
  const server = await start({ config, clock, demoIfEmpty: true, say: () => {} });
  const seed: Seed = {
    password: demo.DEMO_PASSWORD,
    users: Object.fromEntries(
      (demo.DEMO_USERS as { username: string }[]).map((u) => [u.username, u.username]),
    ),
    codes: demo.demoCodes(),
    advance: (ms) => clock.advance(ms),
    mailbox: () => server.mailbox(),
    texts: () => server.texts(),
  };
  return {
    baseUrl: `http://127.0.0.1:${server.port}`,
    seed,
    stop: () => server.stop() as Promise<void>,
  };
}

/** A server already running with the demo province (E2E_BASE_URL): its clock cannot be moved. */
async function existingServer(baseUrl: string) {
  const demo = await import(pathToFileURL(join(ROOT, "server/demo/index.ts")).href);
  const seed: Seed = {
    password: demo.DEMO_PASSWORD,
    users: Object.fromEntries(
      (demo.DEMO_USERS as { username: string }[]).map((u) => [u.username, u.username]),
    ),
    codes: demo.demoCodes(),
    advance: () => {
      throw new Error("the clock of a server given by E2E_BASE_URL cannot be moved");
    },
    mailbox: () => {
      throw new Error("the mailbox of a server given by E2E_BASE_URL is not readable here");
    },
    texts: () => {
      throw new Error("the SMS and Zalo of a server given by E2E_BASE_URL are not readable here");
    },
  };
  return { baseUrl: baseUrl.replace(/\/$/, ""), seed, stop: async () => {} };
}

async function main() {
  const filter = process.argv[2];
  buildWebIfStale();
  mkdirSync(OUT, { recursive: true });
  const files = readdirSync(join(ROOT, "e2e"))
    .filter((f) => f.endsWith(".journey.ts") && (!filter || f.includes(filter)))
    .sort();
  const server = process.env.E2E_BASE_URL
    ? await existingServer(process.env.E2E_BASE_URL)
    : await startServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  let passed = 0;
  let failed = 0;
  for (const f of files) {
    const contexts: BrowserContext[] = [];
    const axeFailures: string[] = [];
    const started = performance.now();
    try {
      const mod = (await import(pathToFileURL(join(ROOT, "e2e", f)).href)) as { default: Journey };
      const ctx = makeContext(browser, server.baseUrl, server.seed, OUT, contexts, axeFailures);
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        mod.default(ctx),
        new Promise((_, rej) => {
          timer = setTimeout(
            () => rej(new Error(`timed out after ${JOURNEY_TIMEOUT_MS / 1000} s`)),
            JOURNEY_TIMEOUT_MS,
          );
        }),
      ]).finally(() => clearTimeout(timer));
      if (axeFailures.length)
        throw new Error(`accessibility (axe-core):\n      ${axeFailures.join("\n      ")}`);
      passed++;
      console.log(`  ✓ ${f} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    } catch (e) {
      failed++;
      console.log(`  ✗ ${f}: ${(e as Error).message}`);
      // Every open page, so the one that failed is among them.
      const pages = contexts.flatMap((c) => c.pages());
      const name = f.replace(/\.journey\.ts$/, "");
      for (const [i, page] of pages.entries())
        await page
          .screenshot({ path: join(OUT, `FAILED-${name}-${i + 1}.png`), fullPage: true })
          .catch(() => {});
    } finally {
      for (const c of contexts) await c.close().catch(() => {});
    }
  }
  await browser.close();
  await server.stop();
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  console.log("e2e: 0 passed, 1 failed");
  process.exit(1);
});
