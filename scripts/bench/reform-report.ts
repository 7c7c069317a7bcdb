// Benchmark of the reform goals at province scale (`npm run bench reform-report`, PostgreSQL):
// a province-year of about 2,000,000 dossiers written straight into the Decision 766 rollups with
// generate_series (day, month and year buckets of 121 agencies × 10 procedures, as the rollup
// projector would leave them), beside the province of the `reform` bench (catalogue, letter
// 6187's tasks, criteria, self-assessments). Measured, each beside the Decision 766 index of the
// province for the year from the same rollups (the baseline): the periodic report of the province
// for the year drafted (goal < 3 s) and the reform index of all units recomputed (goal < 1 s).
import { queryIndex } from "../../server/modules/quality-index/index.ts";
import { loadDraft, periodOf, recomputeYear } from "../../server/modules/reform/index.ts";
import type { Db } from "../../server/platform/db.ts";
import { migrate } from "../../server/platform/migrate.ts";
import { type Figure, round, withBaseline } from "./harness.ts";
import { PROCEDURES } from "./index-766.ts";
import {
  COMMUNES,
  DEPARTMENTS,
  median,
  NOW,
  onFreshPostgres,
  P,
  seedReform,
  YEAR,
} from "./reform.ts";

const PER_AGENCY = 10;

/** Day rows of every agency × procedure × day of the year, then the month and year sums. */
async function rollups(db: Db): Promise<number> {
  const agencies = [...DEPARTMENTS, ...COMMUNES];
  await db.query(
    `INSERT INTO qi_rollup (agency_code, procedure_code, grain, day, received, online33, h21, ot21,
       finished22, digitised42, reuse43, fee36_den, fee36_num)
     SELECT a.code, ($3::text[])[1 + (a.i * $4 + p) % array_length($3::text[], 1)], 'd', d::date,
            r, r / 2, r - 1, r - 1 - (x % 2), r - 1, r - (x % 3), r / 3, r / 2, r / 4
       FROM unnest($1::text[]) WITH ORDINALITY AS a(code, i)
      CROSS JOIN generate_series(0, $4 - 1) AS p
      CROSS JOIN generate_series($2::date, ($2::date + interval '1 year' - interval '1 day'), interval '1 day') AS d
      CROSS JOIN LATERAL (SELECT (a.i * 31 + p * 7 + extract(doy FROM d)::int) AS x) AS h
      CROSS JOIN LATERAL (SELECT 4 + (h.x % 3 + 1) / 2 AS r) AS n`,
    [agencies, `${YEAR}-01-01`, PROCEDURES.map((p) => p.code), PER_AGENCY],
  );
  for (const [grain, unit] of [
    ["m", "month"],
    ["y", "year"],
  ] as const)
    await db.query(
      `INSERT INTO qi_rollup (agency_code, procedure_code, grain, day, received, online33, h21, ot21,
         finished22, digitised42, reuse43, fee36_den, fee36_num)
       SELECT agency_code, procedure_code, $1, date_trunc('${unit}', day)::date, sum(received), sum(online33),
              sum(h21), sum(ot21), sum(finished22), sum(digitised42), sum(reuse43), sum(fee36_den), sum(fee36_num)
         FROM qi_rollup WHERE grain = 'd' GROUP BY 1, 2, 4`,
      [grain],
    );
  const r = await db.query<{ n: number }>(
    "SELECT sum(received)::bigint AS n FROM qi_rollup WHERE grain = 'y'",
  );
  return Number(r.rows[0].n);
}

async function measure(db: Db): Promise<Figure[]> {
  await migrate(db);
  const deps = await seedReform(db);
  const dossiers = await rollups(db);
  await db.exec("ANALYZE");
  const tree = await deps.agencies.tree();
  const baseline = {
    name: "Decision 766 index of the province for the year",
    value: round(
      await median(5, () =>
        queryIndex(db, [P, ...DEPARTMENTS, ...COMMUNES], `${YEAR}-01-01`, `${YEAR}-12-31`, {
          unit: "province",
        }),
      ),
      1,
    ),
  };
  const period = { ...periodOf("year", `${YEAR}-06-30`), name: String(YEAR), cycle: "year" };
  let figures = 0;
  const report = await median(5, async () => {
    const d = await loadDraft(deps, db, tree, P, period, `${YEAR + 1}-01-05`);
    figures = d.figures.length;
  });
  let units = 0;
  const recompute = await median(5, async () => {
    units = (await db.transaction((tx) => recomputeYear(deps, tx, tree, YEAR, NOW))).length;
  });
  const n = dossiers.toLocaleString("en");
  return [
    withBaseline({
      name: `PostgreSQL: periodic reform report of the province for ${YEAR} drafted (${figures} figures, ${n} dossiers in the rollups; median of 5)`,
      value: round(report, 1),
      unit: "ms",
      goal: "< 3000 ms",
      met: report < 3000,
      baseline,
    }),
    withBaseline({
      name: `PostgreSQL: reform index of all ${units} units for ${YEAR} recomputed (${n} dossiers in the rollups; median of 5)`,
      value: round(recompute, 1),
      unit: "ms",
      goal: "< 1000 ms",
      met: recompute < 1000,
      baseline,
    }),
  ];
}

export const run = (): Promise<Figure[]> => onFreshPostgres(measure);
