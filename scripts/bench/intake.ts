// `npm run bench intake`: counter intake as the counter officer gets it — POST the intake, then
// GET its receipt (Form 01, PDF) — over HTTP, 8 clients at 8 communes' counters, nothing switched
// off (projectors, audit, receipt), against the bare one-row INSERT transaction rate of the same
// database measured in the same run with 8 clients. On PostgreSQL and on the embedded store.
// The server runs in a child process (this file with MOTCUA_BENCH_INTAKE set) on a free port, so
// clients and server do not share one event loop. BENCH_SECONDS sets the duration (default 15);
// BENCH_INTAKE=pg or pglite runs one engine; BENCH_CPU_PROF=DIR writes the server's CPU profile.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Db, openDb } from "../../server/platform/db.ts";
import { migrate } from "../../server/platform/migrate.ts";
import { type Figure, percentile, round, withBaseline } from "./harness.ts";

const PG =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  "postgres://postgres@127.0.0.1:5432/test";
const CLIENTS = 8;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const PASSWORD = "mat-khau-do-hieu-nang-1";
const PROCEDURE = "1.004873"; // Cấp Giấy xác nhận tình trạng hôn nhân (3 working days)

async function scratch(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `motcua_bench_intake_${Date.now()}`;
  const admin = await openDb({ url: PG, max: 1 });
  await admin.exec(`CREATE DATABASE ${name}`);
  await admin.close();
  const url = new URL(PG);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const again = await openDb({ url: PG, max: 1 });
      await again.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await again.close();
    },
  };
}

/** A province with 8 communes, the demo procedures, and one reception officer per commune. */
async function seed(db: Db): Promise<string[]> {
  const { insertAgency, insertUser, SYSTEM_ACTOR } = await import(
    "../../server/modules/identity/index.ts"
  );
  const { demoProcedures, upsertProcedure } = await import("../../server/modules/catalog/index.ts");
  const communes = Array.from({ length: CLIENTS }, (_, i) => `Q01.${101 + i}`);
  await db.transaction(async (tx) => {
    await insertAgency(tx, { code: "Q01", name: "Tỉnh Q01", parentCode: null, level: "province" });
    for (const c of communes)
      await insertAgency(tx, { code: c, name: `Xã ${c}`, parentCode: "Q01", level: "commune" });
    for (const p of demoProcedures({ province: "Q01", departments: [], communes }))
      await upsertProcedure(tx, p, SYSTEM_ACTOR, new Date("2024-01-01T00:00:00Z"), "bench");
    for (const c of communes)
      await insertUser(tx, {
        username: `tiepnhan.${c.toLowerCase()}`,
        fullName: `Cán bộ tiếp nhận ${c}`,
        password: PASSWORD,
        grants: [{ role: "reception", agencyCode: c }],
      });
  });
  return communes;
}

/** `clients` loops, each sending its next request when the last one answered; sorted latencies. */
async function closedLoop(
  clients: number,
  seconds: number,
  send: (client: number) => Promise<void>,
): Promise<number[]> {
  const lat: number[] = [];
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async (_, k) => {
      while (performance.now() < end) {
        const t = performance.now();
        await send(k);
        lat.push(performance.now() - t);
      }
    }),
  );
  return lat.sort((a, b) => a - b);
}

// ---- The server (child process) ---------------------------------------------------------------
async function serve(url: string): Promise<void> {
  const { Hono } = await import("hono");
  const { serve: listen } = await import("@hono/node-server");
  const { startBackground } = await import("../../server/background.ts");
  const { buildApp } = await import("../../server/app.ts");
  const { buildSystem } = await import("../../server/system.ts");
  const { getProcedureVersion } = await import("../../server/modules/catalog/index.ts");
  const { loadConfig } = await import("../../server/platform/config.ts");
  const { createLogger } = await import("../../server/platform/logger.ts");
  const { systemClock } = await import("../../server/platform/clock.ts");
  const { applicant, formData } = await import("../../server/demo/dossier-people.ts");
  const { rng } = await import("../../server/demo/dossier-plan.ts");
  const dataDir = mkdtempSync(join(tmpdir(), "motcua-bench-intake-"));
  const db = await openDb(url === "pglite" ? { dataDir } : { url, max: 2 * CLIENTS });
  await migrate(db);
  const communes = await seed(db);
  await db.exec(
    "CREATE TABLE bench_bare (id uuid PRIMARY KEY, unit text NOT NULL, at timestamptz NOT NULL, body jsonb NOT NULL)",
  );
  const config = loadConfig({ MOTCUA_DATA: dataDir, LOG_LEVEL: "silent" });
  // Built as the server builds it; the benches sign with the demo identities.
  const { base, modules } = buildSystem({
    db,
    clock: systemClock,
    log: createLogger("silent"),
    config,
    demo: true,
    options: { filesDir: join(dataDir, "files") },
  });
  const app = buildApp({ ...base, modules });
  // What `motcua serve` runs beside the web server: the audit sealer and anchor, the job worker.
  const background = startBackground({ ...base, modules });
  const proc = await getProcedureVersion(db, PROCEDURE);
  const r = rng(1);
  const bodyFor = (unit: string) => {
    const who = applicant(r, unit, `Xã ${unit}`);
    return {
      procedure: PROCEDURE,
      channel: 1,
      agency: unit,
      receivingUnit: unit,
      applicant: who,
      components: proc!.components
        .filter((c) => c.required)
        .map((c) => ({ name: c.name, digitized: 1, files: ["a".repeat(64)] })),
      formData: formData(r, proc!.eForm, who),
      decision: { action: "receive" },
    };
  };
  const bodies = communes.map(bodyFor);
  const outer = new Hono();
  outer.get("/__bench/setup", (c) => c.json({ password: PASSWORD, bodies, units: communes }));
  outer.get("/__bench/bare", async (c) => {
    const seconds = Number(c.req.query("seconds") ?? 5);
    const lat = await closedLoop(CLIENTS, seconds, async (k) => {
      await db.transaction(async (tx) => {
        await tx.query(
          "INSERT INTO bench_bare (id, unit, at, body) VALUES (gen_random_uuid(), $1, $2, $3)",
          [communes[k], new Date(), JSON.stringify(bodies[k])],
        );
      });
    });
    return c.json({ rate: lat.length / seconds, p99: percentile(lat, 99) });
  });
  outer.get("/__bench/audit", async (c) => {
    await background.sealNow();
    const { verifyChain } = await import("../../server/modules/audit/index.ts");
    return c.json(await verifyChain(db));
  });
  outer.all("*", (c) => app.fetch(c.req.raw));
  process.once("SIGTERM", async () => {
    await background.stop();
    process.exit(0); // a normal exit writes the CPU profile
  });
  const server = listen({ fetch: outer.fetch, port: 0, hostname: "127.0.0.1" }, (info) =>
    process.stdout.write(`READY ${info.port}\n`),
  );
  void server;
}

function startChild(url: string): Promise<{ child: ChildProcess; port: number }> {
  const prof = process.env.BENCH_CPU_PROF;
  const flags = prof ? ["--cpu-prof", `--cpu-prof-dir=${prof}`] : [];
  const child = spawn(
    process.execPath,
    [...flags, "--import", "tsx", fileURLToPath(import.meta.url)],
    { env: { ...process.env, MOTCUA_BENCH_INTAKE: url }, stdio: ["ignore", "pipe", "inherit"] },
  );
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (b: Buffer) => {
      const m = /READY (\d+)/.exec(b.toString());
      if (m) resolve({ child, port: Number(m[1]) });
    });
    child.once("exit", (code) => reject(new Error(`bench server exited (${code})`)));
  });
}

async function login(at: string, username: string, password: string) {
  const r = await fetch(`${at}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${await r.text()}`);
  const cookie = (r.headers.get("set-cookie") ?? "").split(";")[0];
  const { csrfToken } = (await r.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

async function run(engine: "postgres" | "pglite"): Promise<Figure[]> {
  const db = engine === "postgres" ? await scratch() : null;
  const started = await startChild(db?.url ?? "pglite").catch(async (e) => {
    await db?.drop();
    throw e;
  });
  const at = `http://127.0.0.1:${started.port}`;
  try {
    const setup = (await (await fetch(`${at}/__bench/setup`)).json()) as {
      password: string;
      bodies: Record<string, unknown>[];
      units: string[];
    };
    // Each client is one commune's counter officer, signed in at that commune.
    const sessions = await Promise.all(
      setup.units.map((u) => login(at, `tiepnhan.${u.toLowerCase()}`, setup.password)),
    );
    const intakeWithReceipt = async (k: number) => {
      const s = sessions[k];
      const r = await fetch(`${at}/api/dossiers`, {
        method: "POST",
        headers: {
          cookie: s.cookie,
          "x-csrf-token": s.csrfToken,
          "content-type": "application/json",
        },
        body: JSON.stringify(setup.bodies[k]),
      });
      if (r.status !== 200) throw new Error(`intake: ${r.status} ${await r.text()}`);
      const out = (await r.json()) as { receiptUrl: string };
      const pdf = await fetch(`${at}${out.receiptUrl}`, { headers: { cookie: s.cookie } });
      const bytes = new Uint8Array(await pdf.arrayBuffer());
      if (pdf.status !== 200 || String.fromCharCode(...bytes.subarray(0, 5)) !== "%PDF-")
        throw new Error(`receipt: ${pdf.status}`);
    };
    const intakeOnly = async (k: number) => {
      const s = sessions[k];
      const r = await fetch(`${at}/api/dossiers`, {
        method: "POST",
        headers: {
          cookie: s.cookie,
          "x-csrf-token": s.csrfToken,
          "content-type": "application/json",
        },
        body: JSON.stringify(setup.bodies[k]),
      });
      if (r.status !== 200) throw new Error(`intake: ${r.status} ${await r.text()}`);
      await r.arrayBuffer();
    };
    await closedLoop(CLIENTS, 2, intakeWithReceipt); // warm-up
    const lat = await closedLoop(CLIENTS, SECONDS, intakeWithReceipt);
    // Diagnostic only (not the goal): the intake's own share of the path, receipt not fetched.
    const alone = await closedLoop(CLIENTS, Math.max(2, SECONDS / 3), intakeOnly);
    const bare = (await (
      await fetch(`${at}/__bench/bare?seconds=${Math.min(SECONDS, 5)}`)
    ).json()) as { rate: number; p99: number };
    const audit = (await (await fetch(`${at}/__bench/audit`)).json()) as {
      ok: boolean;
      checked: number;
    };
    if (!audit.ok) throw new Error(`audit chain broken after the run: ${JSON.stringify(audit)}`);
    const label = engine === "postgres" ? "PostgreSQL" : "PGlite";
    const rate = lat.length / SECONDS;
    const goal = engine === "postgres" ? 1000 : 200;
    const ratio = rate / bare.rate;
    return [
      withBaseline({
        name: `counter intake + receipt PDF over HTTP, ${CLIENTS} clients at ${CLIENTS} communes, ${SECONDS} s (${label})`,
        value: round(rate, 1),
        unit: "dossiers/s",
        goal: engine === "postgres" ? `≥ ${goal}/s and ≥ 12% of bare` : `≥ ${goal}/s`,
        met: rate >= goal && (engine !== "postgres" || ratio >= 0.12),
        baseline: {
          name: `bare one-row INSERT transactions/s, ${CLIENTS} clients`,
          value: round(bare.rate, 1),
        },
      }),
      withBaseline({
        name: `  same, p99 (${label})`,
        value: round(percentile(lat, 99)),
        unit: "ms",
        goal: "< 50 ms",
        met: percentile(lat, 99) < 50,
        baseline: { name: "bare INSERT transaction p99", value: round(bare.p99) },
      }),
      { name: `  same, p50 (${label})`, value: round(percentile(lat, 50)), unit: "ms" },
      withBaseline({
        name: `  diagnostic: the intake alone, receipt not fetched (${label})`,
        value: round(alone.length / Math.max(2, SECONDS / 3), 1),
        unit: "dossiers/s",
        baseline: { name: "bare INSERT transactions/s", value: round(bare.rate, 1) },
      }),
      {
        name: `  diagnostic: the intake alone, p99 (${label})`,
        value: round(percentile(alone, 99)),
        unit: "ms",
      },
      {
        name: `  audit chain sealed and verified (${label})`,
        value: audit.checked,
        unit: "records",
      },
    ];
  } finally {
    await new Promise<void>((r) => {
      started.child.once("exit", () => r());
      started.child.kill("SIGTERM");
    });
    await db?.drop();
  }
}

export async function runIntake(): Promise<Figure[]> {
  const which = process.env.BENCH_INTAKE?.split(",") ?? ["pg", "pglite"];
  const out: Figure[] = [];
  if (which.includes("pg")) out.push(...(await run("postgres")));
  if (which.includes("pglite")) out.push(...(await run("pglite")));
  return out;
}

if (process.env.MOTCUA_BENCH_INTAKE) await serve(process.env.MOTCUA_BENCH_INTAKE);
