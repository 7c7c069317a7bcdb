// The targets the system proposes for the year's inspection plan (reform spec, "Inspections";
// letter 6187/UBND-KSTT orders inspections of the weakest units): the units with the lowest reform
// index, the lowest on-time rate (the service index's indicator 2.1), the most late dossiers and
// the most complaints, each over the year before the plan.
import type { Sql } from "../../../platform/db.ts";
import type { AgencyTree } from "../../identity/index.ts";
import type { ReformDeps } from "../deps.ts";
import { indexUnits, yearRange } from "../index-score/recompute.ts";

export type Reason =
  | "lowestReformIndex"
  | "lowestOnTimeRate"
  | "mostLateDossiers"
  | "mostComplaints";

export interface Proposal {
  agency: string;
  name: string;
  level: string;
  reformIndex: number | null;
  reformIndexYear: number | null;
  onTimeRate: number | null;
  lateDossiers: number;
  complaints: number;
  reasons: Reason[];
}

/**
 * Ranks every unit on each measure; a unit among the `per` worst of a measure is proposed, with
 * that reason. Every unit is returned, those with the most reasons first.
 */
export async function proposeTargets(
  deps: ReformDeps,
  sql: Sql,
  tree: AgencyTree,
  year: number,
  per: number,
): Promise<{ basisYear: number; proposals: Proposal[] }> {
  const units = indexUnits(tree);
  const basisYear = year - 1;
  const idx = await sql.query<{ agency_code: string; total: string; year: number }>(
    `SELECT DISTINCT ON (agency_code) agency_code, total::text, year FROM reform_results
      WHERE year <= $1 ORDER BY agency_code, year DESC`,
    [basisYear],
  );
  const index = new Map(idx.rows.map((r) => [r.agency_code, r]));
  const figures = deps.figures ? await deps.figures(sql, units, yearRange(basisYear)) : new Map();
  const rows: Proposal[] = units.map((u) => {
    const f = figures.get(u.code) ?? {};
    const onTime = f.onTimeRate;
    const i = index.get(u.code);
    return {
      agency: u.code,
      name: u.name,
      level: u.level,
      reformIndex: i ? Number(i.total) : null,
      reformIndexYear: i ? Number(i.year) : null,
      onTimeRate: onTime?.value ?? null,
      lateDossiers: onTime ? onTime.denominator - onTime.numerator : 0,
      complaints: f.complaintsOnTime?.denominator ?? 0,
      reasons: [],
    };
  });
  const worst = (reason: Reason, key: (p: Proposal) => number | null, low: boolean) => {
    const ranked = rows
      .filter((p) => key(p) !== null && (low || (key(p) as number) > 0))
      .sort((a, b) => ((key(a) as number) - (key(b) as number)) * (low ? 1 : -1));
    const cut = ranked[Math.min(per, ranked.length) - 1];
    // Ties with the last proposed unit are proposed too.
    for (const p of ranked)
      if (cut && (low ? key(p)! <= key(cut)! : key(p)! >= key(cut)!)) p.reasons.push(reason);
  };
  worst("lowestReformIndex", (p) => p.reformIndex, true);
  worst("lowestOnTimeRate", (p) => p.onTimeRate, true);
  worst("mostLateDossiers", (p) => p.lateDossiers, false);
  worst("mostComplaints", (p) => p.complaints, false);
  // Every unit, the proposed first, so a plan can also name a unit without a reason.
  const proposals = rows.sort(
    (a, b) =>
      b.reasons.length - a.reasons.length ||
      (a.reformIndex ?? Infinity) - (b.reformIndex ?? Infinity) ||
      a.agency.localeCompare(b.agency),
  );
  return { basisYear, proposals };
}
