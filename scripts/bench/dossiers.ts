// Benchmarks of the dossiers module (`npm run bench dossiers`), each beside a baseline measured in
// the same run on the same database:
//  (a) counter intake over HTTP (receive + code + due date + events + projectors + audit; the
//      receipt is fetched by the `intake` suite, the user's whole path) sustained ~20 s by 4 clients, on PostgreSQL and on PGlite, against a bare
//      INSERT-transaction loop; the server runs in a child process (this file, with
//      MOTCUA_BENCH_SERVE set) so clients and server do not share one event loop;
//  (b) import of JSONL dossier records into PostgreSQL (200,000 records; BENCH_IMPORT raises it)
//      against plain multi-row INSERTs of the same rows;
//  (c) the officer's work queue (open dossiers of one agency, due soonest first) with 1,000,000
//      dossiers in the store, against the same index scan in plain SQL.
// BENCH_SECONDS sets the intake duration; BENCH_DOSSIERS picks parts (see PARTS).
// PostgreSQL: BENCH_DATABASE_URL, else TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test;
// scratch databases are created and dropped.
import { type ChildProcess, spawn } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Db, openDb } from "../../server/platform/db.ts";
import { migrate } from "../../server/platform/migrate.ts";
import type { DossierRecord } from "../../shared/sync-record.ts";
import { type Figure, percentile, round, withBaseline } from "./harness.ts";

const PG =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  "postgres://postgres@127.0.0.1:5432/test";
const CLIENTS = 4;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const IMPORT_N = Number(process.env.BENCH_IMPORT ?? 200_000);
const QUEUE_N = 1_000_000;
const PASSWORD = "mat-khau-do-hieu-nang-1";

// ---- Scratch databases ------------------------------------------------------------------------
async function scratch(tag: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `motcua_bench_${tag}_${Date.now()}`;
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

/** A province with 16 communes, every demo procedure, and a reception officer of the province. */
async function seedProvince(db: Db, withUser: boolean) {
  const { insertAgency, insertUser } = await import("../../server/modules/identity/index.ts");
  const { demoProcedures, upsertProcedure } = await import("../../server/modules/catalog/index.ts");
  const { SYSTEM_ACTOR } = await import("../../server/modules/identity/index.ts");
  const communes = Array.from({ length: 16 }, (_, i) => `Q01.${101 + i}`);
  await db.transaction(async (tx) => {
    await insertAgency(tx, { code: "Q01", name: "Tỉnh Q01", parentCode: null, level: "province" });
    for (const c of communes)
      await insertAgency(tx, { code: c, name: `Xã ${c}`, parentCode: "Q01", level: "commune" });
    const since = new Date("2024-01-01T00:00:00Z");
    for (const p of demoProcedures({ province: "Q01", departments: [], communes }))
      await upsertProcedure(tx, p, SYSTEM_ACTOR, since, "bench");
    if (withUser)
      await insertUser(tx, {
        username: "tiepnhan.bench",
        fullName: "Cán bộ tiếp nhận",
        password: PASSWORD,
        grants: [{ role: "reception", agencyCode: "Q01" }],
      });
  });
  return communes;
}

// ---- (a) Intake over HTTP: the server (child process) ------------------------------------------
const INTAKE_PROCEDURE = "1.004873"; // Cấp Giấy xác nhận tình trạng hôn nhân (3 working days)

async function serve(): Promise<void> {
  const { Hono } = await import("hono");
  const { serve: listen } = await import("@hono/node-server");
  const { buildApp } = await import("../../server/app.ts");
  const { buildSystem } = await import("../../server/system.ts");
  const { getProcedureVersion } = await import("../../server/modules/catalog/index.ts");
  const { loadConfig } = await import("../../server/platform/config.ts");
  const { createLogger } = await import("../../server/platform/logger.ts");
  const { systemClock } = await import("../../server/platform/clock.ts");
  const { applicant, formData } = await import("../../server/demo/dossier-people.ts");
  const { rng } = await import("../../server/demo/dossier-plan.ts");
  const url = process.env.MOTCUA_BENCH_SERVE!;
  const db = await openDb(url === "pglite" ? {} : { url, max: 10 });
  await migrate(db);
  const communes = await seedProvince(db, true);
  await db.exec(
    "CREATE TABLE bench_bare (id uuid PRIMARY KEY, unit text NOT NULL, at timestamptz NOT NULL, body jsonb NOT NULL)",
  );
  // Built as the server builds it; the benches sign with the demo identities.
  const { base, modules } = buildSystem({
    db,
    clock: systemClock,
    log: createLogger("silent"),
    config: loadConfig({}),
    demo: true,
    options: { filesDir: join(tmpdir(), "motcua-bench-files") },
  });
  // Nothing switched off; the receipt is rendered when fetched, which `npm run bench intake` does.
  const app = buildApp({ ...base, modules });
  const proc = await getProcedureVersion(db, INTAKE_PROCEDURE);
  const r = rng(1);
  const who = applicant(r, communes[0], "Xã Q01.101");
  const body = {
    procedure: INTAKE_PROCEDURE,
    channel: 1,
    applicant: who,
    components: proc!.components
      .filter((c) => c.required)
      .map((c) => ({ name: c.name, digitized: 1, files: ["a".repeat(64)] })),
    formData: formData(r, proc!.eForm, who),
    decision: { action: "receive" },
  };
  const outer = new Hono();
  outer.get("/__bench/setup", (c) =>
    c.json({ username: "tiepnhan.bench", password: PASSWORD, body, units: communes }),
  );
  outer.get("/__bench/bare", async (c) => {
    const seconds = Number(c.req.query("seconds") ?? 10);
    const lat = await closedLoop(CLIENTS, seconds, async (k) => {
      await db.transaction(async (tx) => {
        await tx.query(
          "INSERT INTO bench_bare (id, unit, at, body) VALUES (gen_random_uuid(), $1, $2, $3)",
          [communes[k % communes.length], new Date(), JSON.stringify(body)],
        );
      });
    });
    return c.json({
      rate: lat.length / seconds,
      p50: percentile(lat, 50),
      p99: percentile(lat, 99),
    });
  });
  outer.all("*", (c) => app.fetch(c.req.raw));
  process.once("SIGTERM", () => process.exit(0)); // a normal exit writes the CPU profile
  listen(
    { fetch: outer.fetch, port: Number(process.env.MOTCUA_BENCH_PORT), hostname: "127.0.0.1" },
    () => process.stdout.write("READY\n"),
  );
}

/** `clients` loops, each sending the next request when the last one answered; sorted latencies. */
async function closedLoop(
  clients: number,
  seconds: number,
  send: (k: number) => Promise<void>,
): Promise<number[]> {
  const lat: number[] = [];
  const end = performance.now() + seconds * 1000;
  let k = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        await send(k++);
        lat.push(performance.now() - t);
      }
    }),
  );
  return lat.sort((a, b) => a - b);
}

function startServer(url: string, port: number): Promise<ChildProcess> {
  // BENCH_CPU_PROF=DIR writes the server's CPU profile there (to see where an intake's time goes).
  const prof = process.env.BENCH_CPU_PROF;
  const flags = prof ? ["--cpu-prof", `--cpu-prof-dir=${prof}`] : [];
  const child = spawn(
    process.execPath,
    [...flags, "--import", "tsx", fileURLToPath(import.meta.url)],
    {
      env: { ...process.env, MOTCUA_BENCH_SERVE: url, MOTCUA_BENCH_PORT: String(port) },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (b: Buffer) => {
      if (b.toString().includes("READY")) resolve(child);
    });
    child.once("exit", (code) => reject(new Error(`bench server exited (${code})`)));
  });
}

async function intake(engine: "postgres" | "pglite"): Promise<Figure[]> {
  const db = engine === "postgres" ? await scratch("intake") : null;
  const port = engine === "postgres" ? 3981 : 3982;
  const child = await startServer(db?.url ?? "pglite", port).catch(async (e) => {
    await db?.drop();
    throw e;
  });
  const at = `http://127.0.0.1:${port}`;
  try {
    const setup = (await (await fetch(`${at}/__bench/setup`)).json()) as {
      username: string;
      password: string;
      body: Record<string, unknown>;
      units: string[];
    };
    const login = await fetch(`${at}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: setup.username, password: setup.password }),
    });
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0];
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    // Each intake at one of 16 communes' counters, for that commune (as at a commune centre).
    const unit = (k: number) => setup.units[k % setup.units.length];
    const post = async (k: number) => {
      const r = await fetch(`${at}/api/dossiers`, {
        method: "POST",
        headers: { cookie, "x-csrf-token": csrfToken, "content-type": "application/json" },
        body: JSON.stringify({ ...setup.body, receivingUnit: unit(k), agency: unit(k) }),
      });
      if (r.status !== 200) throw new Error(`intake: ${r.status} ${await r.text()}`);
      await r.arrayBuffer();
    };
    await closedLoop(CLIENTS, 2, post); // warm-up
    const lat = await closedLoop(CLIENTS, SECONDS, post);
    const bare = (await (
      await fetch(`${at}/__bench/bare?seconds=${Math.min(SECONDS, 10)}`)
    ).json()) as {
      rate: number;
      p99: number;
    };
    const label = engine === "postgres" ? "PostgreSQL" : "PGlite";
    const rate = lat.length / SECONDS;
    return [
      withBaseline({
        name: `counter intake over HTTP, ${CLIENTS} clients, ${SECONDS} s (${label})`,
        value: round(rate, 1),
        unit: "dossiers/s",
        goal: "≥ 500/s",
        met: rate >= 500,
        baseline: {
          name: `bare INSERT transactions/s, ${CLIENTS} loops`,
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
    ];
  } finally {
    await new Promise<void>((r) => {
      child.once("exit", () => r());
      child.kill("SIGTERM");
    });
    await db?.drop();
  }
}

// ---- (b) Import of JSONL records into PostgreSQL -----------------------------------------------
const DAY = 86_400_000;
const vn = (ms: number) => `${new Date(ms + 7 * 3_600_000).toISOString().slice(0, 19)}+07:00`;

/** Record k: 100 communes' counters, finished ones (90%) and open ones, realistic fields. */
function record(k: number, communes: string[]): DossierRecord {
  const unit = communes[k % communes.length];
  const j = Math.floor(k / communes.length);
  const day = Date.parse("2025-03-03T00:00:00Z") + Math.floor(j / 9000) * DAY;
  const seq = (j % 9000) + 1;
  const submitted = day + 3_600_000 + seq * 2_000;
  const d = new Date(day + 7 * 3_600_000).toISOString();
  const code = `${unit}-${d.slice(2, 4)}${d.slice(5, 7)}${d.slice(8, 10)}-${String(seq).padStart(4, "0")}`;
  const open = k % 10 === 0;
  const events: DossierRecord["events"] = [{ type: "received", at: vn(submitted + 300_000) }];
  if (!open)
    events.push(
      { type: "handled", at: vn(submitted + 2 * DAY) },
      { type: "result-returned", at: vn(submitted + 3 * DAY) },
    );
  return {
    code,
    procedure: "1.004873",
    agency: unit,
    channel: ((k % 3) + 1) as 1 | 2 | 3,
    submittedAt: vn(submitted),
    receivedAt: vn(submitted + 300_000),
    dueAt: vn(submitted + 3 * DAY),
    status: open ? 4 : 10,
    events,
    paidOnline: k % 4 === 0 ? 1 : 0,
    fees: [{ name: "Lệ phí cấp Giấy xác nhận tình trạng hôn nhân", amount: 15000 }],
    components: [
      {
        name: "Tờ khai cấp Giấy xác nhận tình trạng hôn nhân",
        digitized: 1,
        fromPersonalStore: false,
      },
    ],
    vneidVerified: k % 2 === 0,
    populationDb: k % 3 === 0,
    result: open ? null : { code: `${k}/2025/XNHN`, file: "b".repeat(64) },
    resultPushedToPersonalStore: k % 5 === 0,
    syncedToPortal: true,
    fullOnline: false,
    feedback: { complaint: false, reaction: k % 7 === 0 ? "like" : null },
  };
}

const COLUMNS = [
  "id",
  "code",
  "procedure_code",
  "procedure_version",
  "agency_code",
  "receiving_unit",
  "channel",
  "applicant",
  "status",
  "state",
  "resume_state",
  "submitted_at",
  "received_at",
  "due_at",
  "extended_due_at",
  "finished_at",
  "paused_minutes",
  "current_step",
  "supplement_requests",
  "completion_requests",
  "version",
  "event_seq",
  "paid_online",
  "vneid_verified",
  "population_db",
  "synced_to_portal",
  "full_online",
  "result_code",
  "result_file",
  "result_pushed",
  "components",
  "fees",
  "form_data",
  "feedback",
  "secret",
  "updated_at",
];

async function importBench(): Promise<Figure[]> {
  const { catalogProcedures, fromRecord, importRecords } = await import(
    "../../server/modules/dossiers/index.ts"
  );
  const { loadTree, SYSTEM_ACTOR } = await import("../../server/modules/identity/index.ts");
  const { insertAgency } = await import("../../server/modules/identity/index.ts");
  const { demoProcedures, upsertProcedure } = await import("../../server/modules/catalog/index.ts");
  const s = await scratch("import");
  const db = await openDb({ url: s.url, max: 10 });
  try {
    await migrate(db);
    const communes = Array.from({ length: 100 }, (_, i) => `Q02.${101 + i}`);
    await db.transaction(async (tx) => {
      await insertAgency(tx, {
        code: "Q02",
        name: "Tỉnh Q02",
        parentCode: null,
        level: "province",
      });
      for (const c of communes)
        await insertAgency(tx, { code: c, name: `Xã ${c}`, parentCode: "Q02", level: "commune" });
      for (const p of demoProcedures({ province: "Q02", departments: [], communes }))
        await upsertProcedure(tx, p, SYSTEM_ACTOR, new Date("2024-01-01T00:00:00Z"), "bench");
    });
    await db.exec(
      "CREATE TABLE bare_dossiers (LIKE dossiers INCLUDING ALL); CREATE TABLE bare_events (LIKE dossier_events INCLUDING ALL)",
    );
    const lines = function* () {
      for (let k = 0; k < IMPORT_N; k++) yield JSON.stringify(record(k, communes));
    };
    const deps = {
      db,
      clock: { now: () => new Date() },
      procedures: catalogProcedures,
      tree: await loadTree(db),
    };
    const t0 = performance.now();
    const report = await importRecords(deps, { ...SYSTEM_ACTOR, username: "bench" }, lines());
    const importMs = performance.now() - t0;
    if (report.created !== IMPORT_N)
      throw new Error(`import: ${JSON.stringify(report).slice(0, 500)}`);

    // Baseline: the same rows (projection and events) as plain multi-row INSERTs, 1000 records a
    // transaction, 4 transactions in flight (as the import).
    const now = new Date();
    const batch = (from: number) => {
      const rows: unknown[] = [];
      const events: unknown[] = [];
      for (let k = from; k < Math.min(from + 1000, IMPORT_N); k++) {
        const rec = record(k, communes);
        const d = fromRecord(rec, null, now, 1);
        rows.push([
          d.id,
          d.code,
          d.procedureCode,
          d.procedureVersion,
          d.agencyCode,
          d.receivingUnit,
          d.channel,
          null,
          d.status,
          d.state,
          null,
          d.submittedAt,
          d.receivedAt,
          d.dueAt,
          null,
          d.finishedAt,
          0,
          null,
          d.supplementRequests,
          0,
          1,
          rec.events.length + 1,
          d.paidOnline,
          d.vneidVerified,
          d.populationDb,
          d.syncedToPortal,
          d.fullOnline,
          d.result?.code ?? null,
          d.result?.file ?? null,
          d.resultPushedToPersonalStore,
          JSON.stringify(d.components),
          JSON.stringify(d.fees),
          "{}",
          JSON.stringify(d.feedback),
          d.secret,
          now,
        ]);
        events.push([d.id, 1, "imported", now, null, "bench", JSON.stringify({ line: k + 1 })]);
        for (const [i, e] of rec.events.entries())
          events.push([d.id, i + 2, e.type, new Date(e.at), null, "bench", "{}"]);
      }
      return { rows: rows as unknown[][], events: events as unknown[][] };
    };
    const insert = (table: string, cols: string[], rows: unknown[][]) => {
      const params: unknown[] = [];
      const values = rows.map((r) => `(${r.map((v) => `$${params.push(v)}`).join(",")})`);
      return `INSERT INTO ${table} (${cols.join(",")}) VALUES ${values.join(",")}`;
    };
    const t1 = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < IMPORT_N) {
          const b = batch(next);
          next += 1000;
          await db.transaction(async (tx) => {
            const p1 = b.rows.flat();
            await tx.query(insert("bare_dossiers", COLUMNS, b.rows), p1);
            const cols = ["dossier_id", "seq", "type", "at", "actor_id", "actor_name", "data"];
            await tx.query(insert("bare_events", cols, b.events), b.events.flat());
          });
        }
      }),
    );
    const bareMs = performance.now() - t1;
    const rate = IMPORT_N / (importMs / 1000);
    return [
      withBaseline({
        name: `import of ${IMPORT_N.toLocaleString("en")} JSONL dossier records (PostgreSQL)`,
        value: round(rate, 0),
        unit: "records/s",
        goal: "≥ 20,000 records/s",
        met: rate >= 20_000,
        baseline: {
          name: "plain multi-row INSERTs of the same rows",
          value: round(IMPORT_N / (bareMs / 1000), 0),
        },
      }),
    ];
  } finally {
    await db.close();
    await s.drop();
  }
}

// ---- (c) The work queue with 1,000,000 dossiers -----------------------------------------------
const QUEUE_COLS =
  "code, procedure_code, agency_code, receiving_unit, channel, status, state, submitted_at, received_at, due_at, finished_at, version, current_step, supplement_requests, sort_due";

async function queueBench(): Promise<Figure[]> {
  const { listDossiers } = await import("../../server/modules/dossiers/index.ts");
  const s = await scratch("queue");
  const db = await openDb({ url: s.url, max: 4 });
  try {
    await migrate(db);
    // Three years of one province: 1,000 dossiers a day over 120 agencies (the officer's commune
    // Q03.101 has 4%); the last month's are mostly open, the rest finished.
    await db.query(
      `INSERT INTO dossiers (id, code, procedure_code, procedure_version, agency_code, receiving_unit,
         channel, status, state, submitted_at, received_at, due_at, finished_at, secret, updated_at)
       SELECT gen_random_uuid(), u || '-' || to_char(d, 'YYMMDD') || '-' || lpad((i % 1000 + 1)::text, 4, '0'),
         '1.00' || (1000 + i % 300), 1, u, u, 1 + i % 3,
         CASE WHEN o THEN 4 WHEN i % 200 = 0 THEN 3 ELSE 10 END,
         CASE WHEN o THEN 'handling' WHEN i % 200 = 0 THEN 'refused' ELSE 'returned' END,
         d, d, d + interval '10 days', CASE WHEN o THEN NULL ELSE d + interval '8 days' END, 'ABCDEFGH', d
       FROM (SELECT i, i > $1 - 30000 AND i % 10 < 7 AS o,
                    timestamptz '2023-01-01 02:00+00' + (i / 1000) * interval '1 day' + (i % 1000) * interval '30 seconds' AS d,
                    CASE WHEN i % 25 = 0 THEN 'Q03.101' ELSE 'Q03.' || (102 + i % 119) END AS u
               FROM generate_series(0, $1 - 1) AS i) x`,
      [QUEUE_N],
    );
    await db.exec("ANALYZE dossiers");
    const now = new Date();
    const scope = { all: false as const, agencies: ["Q03.101"] };
    const q = { status: "1,2,4,5,6", limit: 50 };
    const time = async (n: number, f: () => Promise<unknown>) => {
      const lat: number[] = [];
      for (let i = 0; i < n; i++) {
        const t = performance.now();
        await f();
        lat.push(performance.now() - t);
      }
      return lat.sort((a, b) => a - b);
    };
    const queue = () => listDossiers(db, scope, q as never, now);
    const plain = () =>
      db.query(
        `SELECT ${QUEUE_COLS} FROM dossiers WHERE agency_code = $1 AND status = ANY($2::smallint[]) ORDER BY sort_due, code LIMIT 51`,
        ["Q03.101", [1, 2, 4, 5, 6]],
      );
    await time(200, queue);
    await time(200, plain);
    const a = await time(2000, queue);
    const b = await time(2000, plain);
    return [
      withBaseline({
        name: "officer's work queue, open dossiers of one agency, first page of 50, 1,000,000 dossiers (PostgreSQL) p99",
        value: round(percentile(a, 99)),
        unit: "ms",
        goal: "p99 < 20 ms",
        met: percentile(a, 99) < 20,
        baseline: {
          name: "the same index scan in plain SQL, p99",
          value: round(percentile(b, 99)),
        },
      }),
      { name: "  same, p50", value: round(percentile(a, 50)), unit: "ms" },
    ];
  } finally {
    await db.close();
    await s.drop();
  }
}

const PARTS: Record<string, () => Promise<Figure[]>> = {
  "intake-pg": () => intake("postgres"),
  "intake-pglite": () => intake("pglite"),
  import: importBench,
  queue: queueBench,
};

/** All parts, or those named in BENCH_DOSSIERS (comma-separated: intake-pg,intake-pglite,import,queue). */
export async function run(): Promise<Figure[]> {
  const out: Figure[] = [];
  const wanted = process.env.BENCH_DOSSIERS?.split(",") ?? Object.keys(PARTS);
  for (const [name, part] of Object.entries(PARTS)) {
    if (!wanted.includes(name)) continue;
    for (const x of await part()) {
      out.push(x);
      console.log(`  … ${x.name}: ${x.value} ${x.unit}`);
    }
  }
  return out;
}

if (process.env.MOTCUA_BENCH_SERVE) await serve();
