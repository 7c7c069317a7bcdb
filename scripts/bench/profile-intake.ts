// `npx tsx scripts/bench/profile-intake.ts [pg|pglite]`: where one counter intake's time goes —
// the statements it runs (counted and timed by their first words), the time of the whole
// transaction and the CPU it costs (this process, and the PostgreSQL server's processes), over 50
// intakes by one client after a warm-up.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Db, Sql } from "../../server/platform/db.ts";
import { openDb } from "../../server/platform/db.ts";
import { migrate } from "../../server/platform/migrate.ts";

const engine = process.argv[2] ?? "pg";
const PG = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

const stats = new Map<string, { n: number; ms: number }>();
function counted(sql: Sql): Sql {
  const note = (text: string, ms: number) => {
    const key = text.replace(/\s+/g, " ").trim().slice(0, 70);
    const s = stats.get(key) ?? { n: 0, ms: 0 };
    s.n++;
    s.ms += ms;
    stats.set(key, s);
  };
  return {
    query: async (text, params) => {
      const t = performance.now();
      try {
        return await sql.query(text, params);
      } finally {
        note(text, performance.now() - t);
      }
    },
    exec: (text) => sql.exec(text),
  } as Sql;
}
function countedDb(db: Db): Db {
  const top = counted(db);
  return {
    ...db,
    query: top.query,
    exec: top.exec,
    transaction: (fn) => db.transaction((tx) => fn(counted(tx))),
    engine: db.engine,
    close: () => db.close(),
  };
}

const name = `motcua_prof_${Date.now()}`;
let raw: Db;
if (engine === "pg") {
  const admin = await openDb({ url: PG, max: 1 });
  await admin.exec(`CREATE DATABASE ${name}`);
  await admin.close();
  const u = new URL(PG);
  u.pathname = `/${name}`;
  raw = await openDb({ url: u.toString(), max: 4 });
} else raw = await openDb({});
await migrate(raw);
const { insertAgency, SYSTEM_ACTOR } = await import("../../server/modules/identity/index.ts");
const { demoProcedures, upsertProcedure, getProcedureVersion } = await import(
  "../../server/modules/catalog/index.ts"
);
const communes = ["Q01.101", "Q01.102"];
await raw.transaction(async (tx) => {
  await insertAgency(tx, { code: "Q01", name: "Tỉnh Q01", parentCode: null, level: "province" });
  for (const c of communes)
    await insertAgency(tx, { code: c, name: `Xã ${c}`, parentCode: "Q01", level: "commune" });
  for (const p of demoProcedures({ province: "Q01", departments: [], communes }))
    await upsertProcedure(tx, p, SYSTEM_ACTOR, new Date("2024-01-01T00:00:00Z"), "bench");
});
const db = countedDb(raw);
const { buildSystem } = await import("../../server/system.ts");
const { createDossier } = await import("../../server/modules/dossiers/index.ts");
const { loadConfig } = await import("../../server/platform/config.ts");
const { createLogger } = await import("../../server/platform/logger.ts");
const { systemClock } = await import("../../server/platform/clock.ts");
const { applicant, formData } = await import("../../server/demo/dossier-people.ts");
const { rng } = await import("../../server/demo/dossier-plan.ts");
const dir = mkdtempSync(join(tmpdir(), "motcua-prof-"));
// Built as the server builds it; the benches sign with the demo identities.
const { modules: m } = buildSystem({
  db,
  clock: systemClock,
  log: createLogger("silent"),
  config: loadConfig({ MOTCUA_DATA: dir }),
  demo: true,
  options: { filesDir: join(dir, "files") },
});
const proc = (await getProcedureVersion(raw, "1.004873"))!;
const r = rng(1);
const who = applicant(r, communes[0], "Xã Q01.101");
const input = {
  procedure: "1.004873",
  channel: 1 as const,
  agency: communes[0],
  receivingUnit: communes[0],
  applicant: who,
  components: proc.components
    .filter((c) => c.required)
    .map((c) => ({ name: c.name, digitized: 1, files: ["a".repeat(64)] })),
  formData: formData(r, proc.eForm, who),
  decision: { action: "receive" as const },
  vneidVerified: false,
  populationDb: false,
};
const actor = {
  ...SYSTEM_ACTOR,
  userId: null,
  username: "tiepnhan",
  fullName: "Cán bộ tiếp nhận",
  activeAgency: communes[0],
};
for (let i = 0; i < 10; i++) await createDossier(m.dossiers, actor as never, input as never);
stats.clear();
const N = 50;
// CPU, which a loaded machine does not inflate as it does elapsed time: this process's, and the
// PostgreSQL server processes' serving this database (read from /proc where there is one).
const backends =
  engine === "pg"
    ? (
        await raw.query<{ pid: number }>(
          "SELECT pid FROM pg_stat_activity WHERE datname = current_database()",
        )
      ).rows.map((r) => r.pid)
    : [];
const backendCpuMs = () =>
  backends.reduce((t, pid) => {
    try {
      const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
      return t + ((Number(f[11]) + Number(f[12])) * 1000) / 100; // clock ticks, 100 per second
    } catch {
      return t;
    }
  }, 0);
const cpu0 = process.cpuUsage();
const pg0 = backendCpuMs();
const t0 = performance.now();
for (let i = 0; i < N; i++) await createDossier(m.dossiers, actor as never, input as never);
const per = (performance.now() - t0) / N;
const cpu = process.cpuUsage(cpu0);
console.log(`${engine}: ${per.toFixed(1)} ms per intake (one client)`);
console.log(
  `CPU per intake: ${((cpu.user + cpu.system) / 1000 / N).toFixed(2)} ms in this process` +
    (backends.length ? `, ${((backendCpuMs() - pg0) / N).toFixed(2)} ms in PostgreSQL` : ""),
);
const rows = [...stats.entries()].sort((a, b) => b[1].ms - a[1].ms);
let total = 0;
for (const [, s] of rows) total += s.n;
console.log(`${(total / N).toFixed(1)} statements per intake`);
for (const [k, s] of rows.slice(0, 40))
  console.log(
    `${(s.n / N).toFixed(1).padStart(5)} × ${(s.ms / N).toFixed(2).padStart(6)} ms  ${k}`,
  );
await raw.close();
if (engine === "pg") {
  const admin = await openDb({ url: PG, max: 1 });
  await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.close();
}
