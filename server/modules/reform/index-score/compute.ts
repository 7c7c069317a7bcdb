// A unit's reform index from the criteria, its scores and the system's figures: sub-criterion
// points, area sums, deductions by rule with their computation, the total. Pure.
import type { Figure } from "../deps.ts";
import { type Area, type FlatSub, flatten, round2, type Scoring } from "./criteria.ts";
import type { Measure } from "./measures.ts";
import { applyRule, type Deduction, type DeductionRule } from "./rules.ts";

/** What the unit and the appraiser entered for a sub-criterion. */
export interface EnteredScore {
  self: number | null;
  appraised: number | null;
  final: number | null;
}

export type ScoreSource = "system" | "final" | "appraised" | "self" | "none";

export interface SubResult {
  code: string;
  area: string;
  max: number;
  points: number;
  source: ScoreSource;
  /** For system-scored sub-criteria: the figure it was computed from. */
  figure?: Figure & { measure: Measure };
}

export interface UnitResult {
  total: number;
  /** Points per area before deductions. */
  areas: Record<string, number>;
  deductions: Deduction[];
  subs: SubResult[];
}

/** Points of a system-scored sub-criterion; nothing to count (value null) earns the maximum. */
export function systemPoints(
  max: number,
  scoring: Scoring & { how: "system" },
  f?: Figure,
): number {
  if (!f || f.value === null) return max;
  const v = Math.min(1, Math.max(0, f.value));
  if (!scoring.bands?.length) return round2(max * v);
  const best = scoring.bands.filter((b) => v >= b.min).reduce((m, b) => Math.max(m, b.share), 0);
  return round2(max * best);
}

export function computeUnit(
  areas: Area[] | FlatSub[],
  rules: DeductionRule[],
  unit: { level: string; year: number },
  entered: Map<string, EnteredScore>,
  figures: Partial<Record<Measure, Figure>>,
): UnitResult {
  const subs = (isFlat(areas) ? areas : flatten(areas)).map((s): SubResult => {
    if (s.scoring.how === "system") {
      const f = figures[s.scoring.measure];
      return {
        code: s.code,
        area: s.area,
        max: s.max,
        points: systemPoints(s.max, s.scoring, f),
        source: "system",
        figure: {
          measure: s.scoring.measure,
          ...(f ?? { numerator: 0, denominator: 0, value: null }),
        },
      };
    }
    const e = entered.get(s.code);
    const [points, source]: [number | null, ScoreSource] =
      e?.final != null
        ? [e.final, "final"]
        : e?.appraised != null
          ? [e.appraised, "appraised"]
          : s.scoring.how === "evidence" && e?.self != null
            ? [e.self, "self"]
            : [null, "none"];
    return { code: s.code, area: s.area, max: s.max, points: Math.min(points ?? 0, s.max), source };
  });
  const byArea: Record<string, number> = {};
  for (const s of subs) byArea[s.area] = round2((byArea[s.area] ?? 0) + s.points);
  const deductions = rules
    .map((r) => applyRule(r, unit, figures, byArea))
    .filter((d): d is Deduction => d !== null);
  const gross = Object.values(byArea).reduce((a, b) => a + b, 0);
  const total = round2(Math.max(0, gross - deductions.reduce((a, d) => a + d.points, 0)));
  return { total, areas: byArea, deductions, subs };
}

function isFlat(x: Area[] | FlatSub[]): x is FlatSub[] {
  return x.length > 0 && "area" in x[0];
}

/** Ranks by total, highest first; equal totals share a rank (1, 2, 2, 4). */
export function rank<T extends { total: number; code: string }>(
  rows: T[],
): (T & { rank: number })[] {
  const sorted = [...rows].sort((a, b) => b.total - a.total || a.code.localeCompare(b.code));
  const out: (T & { rank: number })[] = [];
  sorted.forEach((r, i) => {
    out.push({ ...r, rank: i > 0 && sorted[i - 1].total === r.total ? out[i - 1].rank : i + 1 });
  });
  return out;
}
