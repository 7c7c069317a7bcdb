// Benchmark of the reform index (`npm run bench reform`): a province of 20 departments and 100
// communes with a year of synthetic dossiers in the Decision 766 rollups, 300 catalogue
// procedures, letter 6187's 18 tasks reported quarterly by every unit, and every unit's
// self-assessment; the reform index of all units recomputed for the year (system figures,
// scores, deductions, ranking, one bulk write), beside the baseline of the Decision 766 index of
// the province for the same year from the same rollups. PostgreSQL (BENCH_DATABASE_URL, else
// TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test) and PGlite in memory.
import { randomBytes } from "node:crypto";
import { upsertProcedureFromRecord } from "../../server/modules/catalog/index.ts";
import {
  AgencyDirectory,
  insertAgency,
  SYSTEM_ACTOR,
} from "../../server/modules/identity/index.ts";
import { JudgeCache, queryIndex, recomputeInto } from "../../server/modules/quality-index/index.ts";
import {
  DEFAULT_AREAS,
  DEFAULT_RULES,
  issueDirective,
  type ReformDeps,
  recomputeYear,
} from "../../server/modules/reform/index.ts";
import { fixedClock } from "../../server/platform/clock.ts";
import { loadConfig } from "../../server/platform/config.ts";
import { type Db, openDb } from "../../server/platform/db.ts";
import { createLogger } from "../../server/platform/logger.ts";
import { reformFigures } from "../../server/reform-figures.ts";
import { type Figure, round, withBaseline } from "./harness.ts";
import { PROCEDURES, pages, SOURCE, setup } from "./index-766.ts";

const PG =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  "postgres://postgres@127.0.0.1:5432/test";
export const P = "B01";
export const DEPARTMENTS = Array.from({ length: 20 }, (_, i) => `B01.${i + 1}`);
export const COMMUNES = Array.from({ length: 100 }, (_, i) => `B01.${101 + i}`);
export const YEAR = 2025;
export const NOW = new Date("2025-12-31T10:00:00+07:00");

async function seed(db: Db, n: number): Promise<ReformDeps> {
  await setup(db, n);
  await db.transaction((tx) =>
    recomputeInto(tx, pages, n, {
      judges: new JudgeCache(),
      procedures: SOURCE,
      pageSize: 10_000,
      readModel: false,
    }),
  );
  return seedReform(db);
}

/**
 * The province of 20 departments and 100 communes, 300 catalogue procedures, letter 6187's 18
 * tasks reported quarterly, the year's criteria and every unit's self-assessment (the rollups
 * are the caller's).
 */
export async function seedReform(db: Db): Promise<ReformDeps> {
  await db.transaction(async (tx) => {
    await insertAgency(tx, { code: P, name: "Tỉnh", parentCode: null, level: "province" });
    for (const c of DEPARTMENTS)
      await insertAgency(tx, { code: c, name: `Sở ${c}`, parentCode: P, level: "department" });
    for (const c of COMMUNES)
      await insertAgency(tx, { code: c, name: `Xã ${c}`, parentCode: P, level: "commune" });
    // 300 procedures: departments hold the department-level ones, communes the others.
    for (const [i, p] of PROCEDURES.entries()) {
      const agencies = p.level === "department" ? [DEPARTMENTS[i % 20]] : COMMUNES;
      await upsertProcedureFromRecord(
        tx,
        { ...p, agencies },
        SYSTEM_ACTOR,
        new Date("2024-06-01T00:00:00Z"),
      );
    }
  });
  const deps: ReformDeps = {
    db,
    clock: fixedClock(NOW),
    log: createLogger("silent"),
    config: loadConfig({}),
    agencies: new AgencyDirectory(db, 600_000),
    figures: reformFigures,
  };
  const tree = await deps.agencies.tree();
  await db.transaction(async (tx) => {
    const d = await issueDirective(
      deps,
      tx,
      SYSTEM_ACTOR,
      tree,
      {
        number: "6187/UBND-KSTT",
        kind: "letter",
        issuedOn: "2024-11-11",
        issuer: P,
        signer: "Phó Chủ tịch",
        subject: "Khắc phục tồn tại, hạn chế",
        fileSha256: null,
        tasks: Array.from({ length: 18 }, (_, i) => ({
          ref: `${i + 1}`,
          text: `Nhiệm vụ ${i + 1}`,
          assignees: {
            levels: ["department", "commune"] as ("department" | "commune")[],
            agencies: [],
          },
          deadline: null,
          cycle: "quarter" as const,
          lead: null,
          cooperating: [],
          monitors: [DEPARTMENTS[1]],
        })),
      },
      NOW,
    );
    // Every unit reports each quarter on most tasks.
    await tx.query(
      `INSERT INTO reform_task_reports (task_id, agency_code, status, text, reported_on, reported_at, reported_by)
       SELECT u.task_id, u.agency_code, 'in_progress', 'Báo cáo quý', q.d, q.d::timestamptz, 'bench'
         FROM reform_task_units u JOIN reform_tasks t ON t.id = u.task_id AND t.directive_id = $1
         CROSS JOIN (VALUES ('2025-03-20'::date), ('2025-06-20'::date), ('2025-09-20'::date), ('2025-12-20'::date)) AS q(d)
        WHERE hashtext(u.agency_code || t.ref || q.d::text) % 5 <> 0`,
      [d.id],
    );
    await tx.query(
      `INSERT INTO reform_index_sets (year, title, areas, rules, issued_at, issued_by) VALUES ($1, 'Bộ chỉ số', $2::jsonb, $3::jsonb, $4, 'bench')`,
      [YEAR, JSON.stringify(DEFAULT_AREAS), JSON.stringify(DEFAULT_RULES), NOW],
    );
    const units = [...DEPARTMENTS, ...COMMUNES];
    await tx.query(
      `INSERT INTO reform_assessments (year, agency_code, stage, submitted_at) SELECT $1, unnest($2::text[]), 'submitted', $3`,
      [YEAR, units, NOW],
    );
    const subs = DEFAULT_AREAS.flatMap((a) => a.criteria.flatMap((c) => c.subs)).filter(
      (s) => s.scoring.how === "evidence",
    );
    await tx.query(
      `INSERT INTO reform_scores (year, agency_code, sub_code, self_score)
       SELECT $1, u, s.code, s.max * 0.9 FROM unnest($2::text[]) AS u CROSS JOIN unnest($3::text[], $4::numeric[]) AS s(code, max)`,
      [YEAR, units, subs.map((s) => s.code), subs.map((s) => s.max)],
    );
  });
  await db.exec("ANALYZE");
  return deps;
}

export async function median(times: number, f: () => Promise<unknown>): Promise<number> {
  await f();
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    await f();
    ms.push(performance.now() - t);
  }
  return ms.sort((a, b) => a - b)[Math.floor(ms.length / 2)];
}

async function measure(db: Db, engine: string, n: number): Promise<Figure[]> {
  const deps = await seed(db, n);
  const tree = await deps.agencies.tree();
  let units = 0;
  const ms = await median(5, async () => {
    units = (await db.transaction((tx) => recomputeYear(deps, tx, tree, YEAR, NOW))).length;
  });
  const base = await median(5, () =>
    queryIndex(db, [P, ...DEPARTMENTS, ...COMMUNES], `${YEAR}-01-01`, `${YEAR}-12-31`, {
      unit: "province",
    }),
  );
  return [
    withBaseline({
      name: `${engine}: reform index of all ${units} units for a year recomputed (${n.toLocaleString("en")} dossiers in the rollups; median of 5)`,
      value: round(ms, 1),
      unit: "ms",
      goal: "< 1000 ms",
      met: ms < 1000,
      baseline: { name: "Decision 766 index of the province for the year", value: round(base, 1) },
    }),
  ];
}

/** A fresh PostgreSQL database for one measure, dropped afterwards. */
export async function onFreshPostgres<T>(measureOn: (db: Db) => Promise<T>): Promise<T> {
  const name = `motcua_bench_${randomBytes(5).toString("hex")}`;
  const admin = await openDb({ url: PG, max: 1 });
  await admin.exec(`CREATE DATABASE ${name}`);
  await admin.close();
  const url = new URL(PG);
  url.pathname = `/${name}`;
  const db = await openDb({ url: url.toString(), max: 4 });
  try {
    return await measureOn(db);
  } finally {
    await db.close();
    const again = await openDb({ url: PG, max: 1 });
    await again.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await again.close();
  }
}

/** BENCH_REFORM_DOSSIERS (default 200,000) on PostgreSQL; BENCH_REFORM_PGLITE (default 20,000; 0 skips). */
export async function run(): Promise<Figure[]> {
  const n = Number(process.env.BENCH_REFORM_DOSSIERS ?? 200_000);
  const m = Number(process.env.BENCH_REFORM_PGLITE ?? 20_000);
  const out = n > 0 ? await onFreshPostgres((db) => measure(db, "PostgreSQL", n)) : [];
  if (m > 0) {
    const db = await openDb({});
    try {
      out.push(...(await measure(db, "PGlite", m)));
    } finally {
      await db.close();
    }
  }
  return out;
}
