// Ranking of the departments or communes by their total, with the trend over the periods before.
// A unit with no dossier in the period is listed as "no data", after the ranked ones, not as the
// weakest; a change computed from a period of only a few days is marked as such.
import type { AgencyTree } from "../identity/index.ts";
import { type Period, periodDays, vnDay } from "./days.ts";
import { trailingPeriods } from "./periods.ts";
import { round2 } from "./ratios.ts";
import { bandOf, hasDossierData } from "./score.ts";
import { indexOf, type ReadCtx, unitExtras } from "./service.ts";
import { unitsOfLevel } from "./units.ts";

/** A period shorter than this many days gives a change to read with care (assumed). */
export const FEW_DAYS = 7;

export interface RankedUnit {
  /** Null for a unit with no dossier in the period (not ranked). */
  rank: number | null;
  code: string;
  name: string;
  total: number;
  band: { vi: string; en: string };
  noData: boolean;
  /** Change since the previous period; null when either has no dossier or there is none. */
  change: number | null;
  /** Totals of the periods, oldest first; the last is the period asked for (null: no data). */
  trend: (number | null)[];
}

export interface Ranking {
  level: string;
  from: string;
  to: string;
  periods: Period[];
  /** Days of data in the period asked for; a change over fewer than FEW_DAYS is marked. */
  days: number;
  fewDays: boolean;
  units: RankedUnit[];
}

export async function ranking(
  ctx: ReadCtx,
  tree: AgencyTree,
  level: "department" | "commune",
  period: Period,
  n = 6,
  now: Date = new Date(),
): Promise<Ranking> {
  const periods = trailingPeriods(period, n);
  const span = { from: periods[0].from, to: periods[periods.length - 1].to };
  const rows: Omit<RankedUnit, "rank">[] = [];
  for (const unit of unitsOfLevel(tree, level)) {
    const extras = await unitExtras(ctx, unit, span);
    const trend: (number | null)[] = [];
    let last = null as Awaited<ReturnType<typeof indexOf>> | null;
    for (const p of periods) {
      last = await indexOf(ctx, unit, p, extras);
      trend.push(hasDossierData(last) ? last.total : null);
    }
    const total = last?.total ?? 0;
    const now = trend[trend.length - 1];
    const before = trend.length > 1 ? trend[trend.length - 2] : null;
    rows.push({
      code: unit.code,
      name: unit.name,
      total,
      band: last ? bandOf(last) : bandOf({ ...emptyIndex(period) }),
      noData: now === null,
      change: now !== null && before !== null ? round2(now - before) : null,
      trend,
    });
  }
  rows.sort(
    (a, b) =>
      Number(a.noData) - Number(b.noData) || b.total - a.total || a.code.localeCompare(b.code),
  );
  // Equal totals share a rank (1, 2, 2, 4); units without data have none.
  const units: RankedUnit[] = [];
  rows.forEach((r, i) => {
    const prev = units[i - 1];
    const rank = r.noData
      ? null
      : prev && !prev.noData && prev.total === r.total
        ? prev.rank
        : i + 1;
    units.push({ rank, ...r });
  });
  // Days of data: a period not yet over counts up to today (Vietnam time).
  const { F, E } = periodDays(period);
  const today = vnDay(now.getTime());
  const days = Math.max(0, Math.min(E, today) - F + 1);
  return {
    level,
    from: period.from,
    to: period.to,
    periods,
    days,
    fewDays: days < FEW_DAYS,
    units,
  };
}

function emptyIndex(p: Period) {
  return { unit: "", from: p.from, to: p.to, total: 0, groups: [], indicators: [] };
}
