// Issue goals for the platform: time to a healthy server on a fresh store, cold start of the
// built server, and the latency of an authenticated GET at 200 requests/s on PostgreSQL.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDb } from "../../server/platform/db.ts";
import { type Figure, paced, percentile, round, withBaseline } from "./harness.ts";
import { BARE_SERVER, stop, timeToHealthy } from "./processes.ts";

const PG =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  "postgres://postgres@127.0.0.1:5432/test";

export async function run(): Promise<Figure[]> {
  const out: Figure[] = [];
  const tmp = mkdtempSync(join(tmpdir(), "motcua-bench-"));
  try {
    // Baseline for process starts: a bare Node HTTP server.
    const bare = await timeToHealthy("node", ["-e", BARE_SERVER], "http://127.0.0.1:3971/", {
      PORT: "3971",
    });
    await stop(bare.child);

    // 1. Web build + first start with the demo seed on an empty embedded store.
    const b0 = performance.now();
    spawnSync(
      "npx",
      [
        "vite",
        "build",
        "--config",
        "web/vite.config.ts",
        "--logLevel",
        "silent",
        "--outDir",
        join(tmp, "web"),
      ],
      { stdio: "ignore" },
    );
    const buildMs = performance.now() - b0;
    const first = await timeToHealthy(
      "node",
      ["cli/bin.js", "serve", "--demo-if-empty", "--port", "3972", "--data", join(tmp, "data")],
      "http://127.0.0.1:3972/api/health",
      { LOG_LEVEL: "silent" },
    );
    await stop(first.child);
    out.push(
      withBaseline({
        name: "npm start on a fresh clone to healthy (web build + first start with demo seed)",
        value: round((buildMs + first.ms) / 1000),
        unit: "s",
        goal: "< 60 s",
        met: buildMs + first.ms < 60_000,
        baseline: { name: "bare node HTTP server start", value: round(bare.ms / 1000, 3) },
      }),
    );

    // 2. Cold start of the built server on the now-seeded embedded store.
    spawnSync("node", ["scripts/build-server.mjs"], { stdio: "ignore" });
    const colds: number[] = [];
    for (let i = 0; i < 3; i++) {
      const c = await timeToHealthy(
        "node",
        ["dist/server/motcua.mjs", "serve", "--port", "3973", "--data", join(tmp, "data")],
        "http://127.0.0.1:3973/api/health",
        { LOG_LEVEL: "silent", MOTCUA_WORKER: "0" },
      );
      colds.push(c.ms);
      await stop(c.child);
    }
    colds.sort((a, b) => a - b);
    out.push(
      withBaseline({
        name: "cold start of the built server (PGlite, median of 3)",
        value: round(colds[1] / 1000, 3),
        unit: "s",
        goal: "< 2 s",
        met: colds[1] < 2000,
        baseline: { name: "bare node HTTP server start", value: round(bare.ms / 1000, 3) },
      }),
    );

    // 3. Authenticated GET /api/auth/me at 200 requests/s on PostgreSQL, against the floor.
    const dbName = `motcua_bench_${Date.now()}`;
    const admin = await openDb({ url: PG, max: 1 });
    await admin.exec(`CREATE DATABASE ${dbName}`);
    await admin.close();
    const url = new URL(PG);
    url.pathname = `/${dbName}`;
    const server = await timeToHealthy(
      "node",
      ["dist/server/motcua.mjs", "serve", "--port", "3974"],
      "http://127.0.0.1:3974/api/health",
      { LOG_LEVEL: "silent", DATABASE_URL: url.toString() },
    );
    spawnSync("node", ["dist/server/motcua.mjs", "demo"], {
      env: { ...process.env, DATABASE_URL: url.toString() },
      stdio: "ignore",
    });
    const login = await fetch("http://127.0.0.1:3974/api/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "kstt", password: "motcua-demo-2026" }),
    });
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0];
    const floor = await timeToHealthy("node", ["-e", BARE_SERVER], "http://127.0.0.1:3975/", {
      PORT: "3975",
    });
    const hit =
      (u: string, headers: Record<string, string> = {}) =>
      async () => {
        const r = await fetch(u, { headers });
        if (!r.ok) throw new Error(`${u}: ${r.status}`);
        await r.arrayBuffer();
      };
    await paced(200, 2, hit("http://127.0.0.1:3974/api/auth/me", { cookie })); // warm-up
    const lat = await paced(200, 10, hit("http://127.0.0.1:3974/api/auth/me", { cookie }));
    const base = await paced(200, 10, hit("http://127.0.0.1:3975/"));
    await stop(server.child);
    await stop(floor.child);
    const again = await openDb({ url: PG, max: 1 });
    await again.exec(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await again.close();
    out.push(
      withBaseline({
        name: "authenticated GET /api/auth/me p99 at 200 req/s (PostgreSQL)",
        value: round(percentile(lat, 99)),
        unit: "ms",
        goal: "p99 < 10 ms",
        met: percentile(lat, 99) < 10,
        baseline: {
          name: "bare node HTTP server p99 at 200 req/s",
          value: round(percentile(base, 99)),
        },
      }),
    );
    out.push({ name: "  same, p50", value: round(percentile(lat, 50)), unit: "ms" });
    return out;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
