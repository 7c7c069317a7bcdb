// `npx tsx scripts/bench/profile-import.ts [one-day|spread]`: where a history import's time goes —
// the statements it runs (counted and timed by their first words) and the JS time between them,
// over BENCH_IMPORT dossiers (default 10,000) imported on PostgreSQL.
import type { Db, Sql } from "../../server/platform/db.ts";
import { openDb } from "../../server/platform/db.ts";
import { migrate } from "../../server/platform/migrate.ts";
import { generateHistory } from "../history/generate.ts";

const PG = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const N = Number(process.env.BENCH_IMPORT ?? 10_000);
const kind = (process.argv[2] ?? "one-day") as "one-day" | "spread";

const stats = new Map<string, { n: number; ms: number }>();
const note = (text: string, ms: number) => {
  const key = text.replace(/\s+/g, " ").trim().slice(0, 80);
  const s = stats.get(key) ?? { n: 0, ms: 0 };
  s.n++;
  s.ms += ms;
  stats.set(key, s);
};
const timed =
  <A extends unknown[], R>(label: (...a: A) => string, f: (...a: A) => Promise<R>) =>
  async (...a: A): Promise<R> => {
    const t = performance.now();
    try {
      return await f(...a);
    } finally {
      note(label(...a), performance.now() - t);
    }
  };
function counted(sql: Sql): Sql {
  return {
    query: timed((t: string) => t, sql.query.bind(sql)) as Sql["query"],
    exec: sql.exec.bind(sql),
    copyFrom:
      sql.copyFrom &&
      timed(
        (t: string, _c: readonly string[], _x: string | Uint8Array) => `COPY ${t}`,
        sql.copyFrom.bind(sql),
      ),
  };
}
function countedDb(db: Db): Db {
  return {
    ...db,
    ...counted(db),
    transaction: (fn) =>
      db.transaction(async (tx) => {
        const t = performance.now();
        try {
          return await fn(counted(tx));
        } finally {
          note("(transaction body)", performance.now() - t);
        }
      }),
  };
}

/**
 * CPU seconds spent by this process and by the database's backends (read from /proc: the
 * database must run on this machine), less sensitive to a loaded machine than elapsed time.
 */
async function cpu(db: Db): Promise<{ node: number; pg: number }> {
  const { readFileSync } = await import("node:fs");
  const r = await db.query<{ pid: number }>(
    "SELECT pid FROM pg_stat_activity WHERE datname = current_database()",
  );
  let ticks = 0;
  for (const { pid } of r.rows) {
    try {
      const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
      ticks += Number(f[11]) + Number(f[12]);
    } catch {
      // A backend that ended meanwhile.
    }
  }
  const u = process.cpuUsage();
  return { node: (u.user + u.system) / 1e6, pg: ticks / 100 };
}
const spent = (a: { node: number; pg: number }, b: { node: number; pg: number }) =>
  `Node ${(b.node - a.node).toFixed(2)} s, PostgreSQL ${(b.pg - a.pg).toFixed(2)} s CPU`;

const name = `motcua_profile_${Date.now()}`;
const admin = await openDb({ url: PG, max: 1 });
await admin.exec(`CREATE DATABASE ${name}`);
const url = new URL(PG);
url.pathname = `/${name}`;
const raw = await openDb({ url: url.toString(), max: 8 });
try {
  await migrate(raw);
  const { cliModules } = await import("../../cli/modules.ts");
  const { run: agencies } = await import("../../cli/commands/import-agencies.ts");
  const { run: procedures } = await import("../../cli/commands/import-procedures.ts");
  const { catalogProcedures, catalogVersions, importRecords } = await import(
    "../../server/modules/dossiers/index.ts"
  );
  const { loadTree, SYSTEM_ACTOR } = await import("../../server/modules/identity/index.ts");
  const { systemClock } = await import("../../server/platform/clock.ts");
  const { mkdtempSync, writeFileSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const h = generateHistory({
    province: "T80",
    communes: 40,
    procedures: 30,
    dossiers: N,
    from: "2025-01-01",
    shape: kind,
  });
  const lines = [...h.dossiers()].map((d) => JSON.stringify(d));
  const ctx = { db: raw, clock: systemClock };
  const dir = mkdtempSync(join(tmpdir(), "motcua-profile-import-"));
  const quiet = { out: () => {}, err: () => {} };
  writeFileSync(join(dir, "a.jsonl"), h.agencies.map((x) => JSON.stringify(x)).join("\n"));
  writeFileSync(join(dir, "p.jsonl"), h.procedures.map((x) => JSON.stringify(x)).join("\n"));
  await agencies([join(dir, "a.jsonl")], quiet, ctx);
  await procedures([join(dir, "p.jsonl")], quiet, ctx);
  const db = countedDb(raw);
  const deps = {
    db,
    clock: systemClock,
    procedures: catalogProcedures,
    versions: catalogVersions,
    tree: await loadTree(raw),
    projectors: cliModules({ db, clock: systemClock }).dossiers.projectors,
  };
  // The same lines by COPY into a staging table (the bench's baseline), for its CPU.
  const { CopyRows, copyInto } = await import("../../server/platform/copy.ts");
  await raw.exec("CREATE TABLE profile_staging (line text)");
  const c0 = await cpu(raw);
  const b0 = performance.now();
  for (let i = 0; i < lines.length; i += 10_000) {
    const rows = new CopyRows("profile_staging", ["line"]);
    for (const l of lines.slice(i, i + 10_000)) rows.add([l]);
    await raw.transaction((tx) => copyInto(tx, rows));
  }
  const c1 = await cpu(raw);
  console.log(`COPY of the lines: ${(performance.now() - b0).toFixed(0)} ms; ${spent(c0, c1)}`);
  // BENCH_CPUPROF=FILE: a CPU profile of the import alone (open it in Chrome's DevTools).
  const { Session } = await import("node:inspector/promises");
  const session = process.env.BENCH_CPUPROF ? new Session() : null;
  session?.connect();
  await session?.post("Profiler.enable");
  await session?.post("Profiler.start");
  const t = performance.now();
  const report = await importRecords(deps, { ...SYSTEM_ACTOR, username: "bench" }, lines, {
    batchSize: Number(process.env.BENCH_BATCH ?? 2000),
  });
  const ms = performance.now() - t;
  if (session) {
    const { profile } = await session.post("Profiler.stop");
    writeFileSync(process.env.BENCH_CPUPROF as string, JSON.stringify(profile));
  }
  console.log(
    `${kind}: ${report.created} created, ${report.rejected.length} rejected in ${ms.toFixed(0)} ms (${((lines.length / ms) * 1000).toFixed(0)}/s)`,
  );
  console.log(`import: ${spent(c1, await cpu(raw))}`);
  for (const [k, s] of [...stats].sort((a, b) => b[1].ms - a[1].ms).slice(0, 30))
    console.log(`${s.ms.toFixed(0).padStart(8)} ms ${String(s.n).padStart(6)}×  ${k}`);
  // The rows the import left, per table it writes (what the statements above had to maintain).
  // (The statistics are sent by the backends when they go idle: a moment's wait.)
  await new Promise((r) => setTimeout(r, 1500));
  const sizes = await raw.query<{
    t: string;
    ins: number;
    upd: number;
    hot: number;
    bytes: string;
  }>(
    `SELECT relname AS t, n_tup_ins::int AS ins, n_tup_upd::int AS upd, n_tup_hot_upd::int AS hot,
            pg_size_pretty(pg_total_relation_size(relid)) AS bytes
     FROM pg_stat_user_tables WHERE n_tup_ins + n_tup_upd > 100 ORDER BY n_tup_ins + n_tup_upd DESC`,
  );
  console.log("inserted  updated (HOT)     size  table");
  for (const x of sizes.rows)
    console.log(
      `${String(x.ins).padStart(8)} ${String(x.upd).padStart(8)} (${x.hot}) ${x.bytes.padStart(8)}  ${x.t}`,
    );
} finally {
  await raw.close();
  // BENCH_KEEP=1 keeps the database for a closer look (its name is printed).
  if (process.env.BENCH_KEEP) console.log(`kept: ${name}`);
  else await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.close();
}
