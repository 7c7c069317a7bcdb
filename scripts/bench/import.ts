// `npm run bench import`: history import on PostgreSQL against COPY of the same lines, both in the
// same run on the same database: the JSONL lines copied raw into a one-column staging table (the
// floor of any bulk load), then `motcua import dossiers`'s path (validation, dossiers, events,
// the late-dossier watch, the index's read model and rollups, the audit) over the same lines, run
// as the command runs it: the file read line by line, the command's own batch size and projectors.
// Two shapes: "spread" (a province's year over 40 communes and 30 procedures) and "one-day" (every
// dossier in one agency, one procedure and one day: the worst case for shared rollup rows).
// The baseline is the floor of any bulk load of these lines, no more: every byte of every line
// through the same driver, COPY and WAL, without parsing, checks or indexes. The import writes
// about five rows for each line it reads (the dossier, its events, the watch's facts and warnings,
// the index's record and rollups), each table with its indexes; `npx tsx
// scripts/bench/profile-import.ts` shows the rows and the CPU seconds of both sides.
// BENCH_IMPORT sets the number of dossiers per shape (default 30,000).
import type { Db } from "../../server/platform/db.ts";
import { openDb } from "../../server/platform/db.ts";
import { migrate } from "../../server/platform/migrate.ts";
import { generateHistory } from "../history/generate.ts";
import { type Figure, round, withBaseline } from "./harness.ts";

const PG =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  "postgres://postgres@127.0.0.1:5432/test";
const N = Number(process.env.BENCH_IMPORT ?? 30_000);

async function scratch(tag: string): Promise<{ db: Db; drop: () => Promise<void> }> {
  const name = `motcua_bench_${tag}_${Date.now()}`;
  const admin = await openDb({ url: PG, max: 1 });
  await admin.exec(`CREATE DATABASE ${name}`);
  await admin.close();
  const url = new URL(PG);
  url.pathname = `/${name}`;
  const db = await openDb({ url: url.toString(), max: 8 });
  return {
    db,
    drop: async () => {
      await db.close();
      const again = await openDb({ url: PG, max: 1 });
      await again.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await again.close();
    },
  };
}

async function shape(kind: "spread" | "one-day"): Promise<Figure[]> {
  const { cliModules } = await import("../../cli/modules.ts");
  const { run: agencies } = await import("../../cli/commands/import-agencies.ts");
  const { run: procedures } = await import("../../cli/commands/import-procedures.ts");
  const { run: importDossiers } = await import("../../cli/commands/import-dossiers.ts");
  const { systemClock } = await import("../../server/platform/clock.ts");
  const { CopyRows, copyInto } = await import("../../server/platform/copy.ts");
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
  const s = await scratch(kind.replace("-", ""));
  try {
    await migrate(s.db);
    const ctx = { db: s.db, clock: systemClock };
    const dir = mkdtempSync(join(tmpdir(), "motcua-bench-import-"));
    const quiet = { out: () => {}, err: () => {} };
    writeFileSync(join(dir, "a.jsonl"), h.agencies.map((x) => JSON.stringify(x)).join("\n"));
    writeFileSync(join(dir, "p.jsonl"), h.procedures.map((x) => JSON.stringify(x)).join("\n"));
    await agencies([join(dir, "a.jsonl")], quiet, ctx);
    await procedures([join(dir, "p.jsonl")], quiet, ctx);

    // Baseline: COPY of the same lines into a plain staging table, 10,000 lines a transaction,
    // timed before and after the import and both times summed: a machine busy with other work
    // for part of the run then weighs on both sides alike (one 0.3 s sample would swing the ratio).
    await s.db.exec("CREATE TABLE bench_staging (line text)");
    const copyAll = async () => {
      const t = performance.now();
      for (let i = 0; i < lines.length; i += 10_000) {
        const rows = new CopyRows("bench_staging", ["line"]);
        for (const l of lines.slice(i, i + 10_000)) rows.add([l]);
        await s.db.transaction((tx) => copyInto(tx, rows));
      }
      return performance.now() - t;
    };
    const copyBefore = await copyAll();

    // `motcua import dossiers FILE` (cli/commands/import.ts) on the same database.
    const file = join(dir, "d.jsonl");
    writeFileSync(file, `${lines.join("\n")}\n`);
    const said: string[] = [];
    const io = { out: (x: string) => said.push(x), err: (x: string) => said.push(x) };
    const projectors = cliModules(ctx).dossiers.projectors;
    const t1 = performance.now();
    const code = await importDossiers([file], io, { ...ctx, projectors });
    const rate = lines.length / ((performance.now() - t1) / 1000);
    const copyRate = (2 * lines.length) / ((copyBefore + (await copyAll())) / 1000);
    const stored = await s.db.query<{ n: number }>("SELECT count(*)::int AS n FROM dossiers");
    const staged = await s.db.query<{ n: number }>("SELECT count(*)::int AS n FROM bench_staging");
    if (staged.rows[0].n !== 2 * lines.length) throw new Error(`baseline (${kind}): lines lost`);
    if (code !== 0 || stored.rows[0].n !== lines.length)
      throw new Error(`import (${kind}): exit ${code}, ${said.join(" ").slice(0, 500)}`);
    const ratio = rate / copyRate;
    return [
      withBaseline({
        name: `history import, ${lines.length.toLocaleString("en")} dossiers, shape ${kind} (PostgreSQL, with the index, the watch and the audit)`,
        value: round(rate, 0),
        unit: "records/s",
        goal: "≥ 25% of the COPY rate of the same lines",
        met: ratio >= 0.25,
        baseline: {
          name: "COPY of the same lines into a staging table (before and after the import)",
          value: round(copyRate, 0),
        },
      }),
    ];
  } finally {
    await s.drop();
  }
}

export async function run(): Promise<Figure[]> {
  const out: Figure[] = [];
  for (const kind of ["one-day", "spread"] as const)
    for (const f of await shape(kind)) {
      out.push(f);
      console.log(`  … ${f.name}: ${f.value} ${f.unit} (ratio ${f.ratio})`);
    }
  return out;
}
