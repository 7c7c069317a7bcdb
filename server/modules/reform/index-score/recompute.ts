// Recomputes the reform index of every department and commune for a year in one pass: the
// system's figures (one port call for all units), the entered scores (one query), the pure
// computation, the ranking per level, and one bulk write of the results.
import type { Sql } from "../../../platform/db.ts";
import type { AgencyTree } from "../../identity/index.ts";
import type { Figure, ReformDeps, UnitAgencies } from "../deps.ts";
import { surveySatisfied } from "../surveys/results.ts";
import { UNIT_LEVELS } from "../units.ts";
import { computeUnit, rank, type UnitResult } from "./compute.ts";
import { flatten } from "./criteria.ts";
import type { Measure } from "./measures.ts";
import { loadScores, loadSet, type Stage, stagesOf } from "./store.ts";
import { tasksOnTime } from "./tasks-figure.ts";

export { UNIT_LEVELS };

export interface UnitRow {
  code: string;
  name: string;
  level: string;
  stage: Stage;
  total: number;
  rank: number;
  result: UnitResult;
}

/** The current departments and communes, each with its subtree. */
export function indexUnits(tree: AgencyTree): (UnitAgencies & { name: string; level: string })[] {
  return [...tree.byCode.values()]
    .filter(
      (a) =>
        (UNIT_LEVELS as readonly string[]).includes(a.level) && !a.mergedInto && a.validTo === null,
    )
    .sort((x, y) => x.code.localeCompare(y.code))
    .map((a) => ({ code: a.code, name: a.name, level: a.level, agencies: tree.subtreeOf(a.code) }));
}

export const yearRange = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });

export async function unitFigures(
  deps: ReformDeps,
  sql: Sql,
  units: UnitAgencies[],
  year: number,
): Promise<Map<string, Partial<Record<Measure, Figure>>>> {
  const range = yearRange(year);
  const figures = deps.figures ? await deps.figures(sql, units, range) : new Map();
  const tasks = await tasksOnTime(
    sql,
    units.map((u) => u.code),
    range,
  );
  const surveyed = await surveySatisfied(
    sql,
    units.map((u) => u.code),
    year,
  );
  for (const u of units) {
    const f = { ...(figures.get(u.code) ?? {}) };
    f.tasksOnTime = tasks.get(u.code) ?? { numerator: 0, denominator: 0, value: null };
    f.surveySatisfied = surveyed.get(u.code) ?? { numerator: 0, denominator: 0, value: null };
    figures.set(u.code, f);
  }
  return figures;
}

/** Computes every unit (no write). */
export async function computeYear(
  deps: ReformDeps,
  sql: Sql,
  tree: AgencyTree,
  year: number,
): Promise<UnitRow[]> {
  const set = await loadSet(sql, year);
  const subs = flatten(set.areas);
  const units = indexUnits(tree);
  const [figures, scores, stages] = [
    await unitFigures(deps, sql, units, year),
    await loadScores(sql, year),
    await stagesOf(sql, year),
  ];
  const rows = units.map((u) => {
    const result = computeUnit(
      subs,
      set.rules,
      { level: u.level, year },
      scores.get(u.code) ?? new Map(),
      figures.get(u.code) ?? {},
    );
    return {
      code: u.code,
      name: u.name,
      level: u.level,
      stage: stages.get(u.code) ?? "none",
      total: result.total,
      result,
    };
  });
  return UNIT_LEVELS.flatMap((level) => rank(rows.filter((r) => r.level === level)));
}

/**
 * Computes and stores the year's results (replacing the previous ones) in the transaction. One
 * recomputation of a year at a time: the year's criteria row is locked first, so a second one
 * waits for the first to commit and then reads the scores it committed; the stored results never
 * come from a snapshot that misses a committed appraisal.
 */
export async function recomputeYear(
  deps: ReformDeps,
  tx: Sql,
  tree: AgencyTree,
  year: number,
  now: Date,
): Promise<UnitRow[]> {
  await tx.query("SELECT 1 FROM reform_index_sets WHERE year = $1 FOR UPDATE", [year]);
  const rows = await computeYear(deps, tx, tree, year);
  await tx.query("DELETE FROM reform_results WHERE year = $1", [year]);
  if (rows.length)
    await tx.query(
      `INSERT INTO reform_results (year, agency_code, level, total, detail, rank, computed_at)
       SELECT $1, a, l, t, d::jsonb, r, $7 FROM unnest($2::text[], $3::text[], $4::numeric[], $5::text[], $6::int[]) AS x(a, l, t, d, r)`,
      [
        year,
        rows.map((r) => r.code),
        rows.map((r) => r.level),
        rows.map((r) => r.total),
        rows.map((r) => JSON.stringify({ ...r.result, stage: r.stage })),
        rows.map((r) => r.rank),
        now,
      ],
    );
  return rows;
}
