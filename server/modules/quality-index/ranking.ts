// Ranking of the departments or communes by their total, with the trend over the periods before.
import type { AgencyTree } from "../identity/index.ts";
import type { Period } from "./days.ts";
import { trailingPeriods } from "./periods.ts";
import { round2 } from "./ratios.ts";
import { band } from "./score.ts";
import { indexOf, type ReadCtx, unitExtras } from "./service.ts";
import { unitsOfLevel } from "./units.ts";

export interface RankedUnit {
  rank: number;
  code: string;
  name: string;
  total: number;
  band: { vi: string; en: string };
  /** Change since the previous period; null when there is none. */
  change: number | null;
  /** Totals of the periods, oldest first; the last is the period asked for. */
  trend: number[];
}

export async function ranking(
  ctx: ReadCtx,
  tree: AgencyTree,
  level: "department" | "commune",
  period: Period,
  n = 6,
): Promise<{ level: string; from: string; to: string; periods: Period[]; units: RankedUnit[] }> {
  const periods = trailingPeriods(period, n);
  const span = { from: periods[0].from, to: periods[periods.length - 1].to };
  const rows: Omit<RankedUnit, "rank">[] = [];
  for (const unit of unitsOfLevel(tree, level)) {
    const extras = await unitExtras(ctx, unit, span);
    const trend: number[] = [];
    for (const p of periods) trend.push((await indexOf(ctx, unit, p, extras)).total);
    const total = trend[trend.length - 1];
    const b = band(total);
    rows.push({
      code: unit.code,
      name: unit.name,
      total,
      band: { vi: b.vi, en: b.en },
      change: trend.length > 1 ? round2(total - trend[trend.length - 2]) : null,
      trend,
    });
  }
  rows.sort((a, b) => b.total - a.total || a.code.localeCompare(b.code));
  // Equal totals share a rank (1, 2, 2, 4).
  const units = rows.map((r, i) => ({
    rank: i > 0 && rows[i - 1].total === r.total ? 0 : i + 1,
    ...r,
  }));
  for (let i = 1; i < units.length; i++) if (units[i].rank === 0) units[i].rank = units[i - 1].rank;
  return { level, from: period.from, to: period.to, periods, units };
}
