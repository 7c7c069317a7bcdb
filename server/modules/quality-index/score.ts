// Rates, points, group totals and the overall total of the Decision 766/QĐ-TTg index.
// Rounding: rates are percentages rounded to 2 decimals; each indicator's score is computed from
// the exact fraction and rounded to 2 decimals; a group's score is the sum of its indicators'
// rounded scores; the total is the sum of the group scores (both rounded to 2 decimals).
import type { Period } from "./days.ts";
import type { Scoring } from "./indicators.ts";
import { type Ratio, round2 } from "./ratios.ts";
import { type Band, type IndicatorRule, type RuleSet, rulesFor } from "./rules.ts";

export interface IndicatorResult {
  id: string;
  numerator: number;
  denominator: number;
  /** Percentage rounded to 2 decimals; null ("N/A") when the denominator is 0. */
  rate: number | null;
  max: number;
  score: number;
}

export interface IndexResult {
  unit: string;
  from: string;
  to: string;
  total: number;
  groups: { id: string; max: number; score: number }[];
  indicators: IndicatorResult[];
}

export type UnitLevel =
  | "province"
  | "ministry"
  | "department"
  | "commune"
  | "center"
  | "vertical"
  | "procedure";

/** Percentage rounded to 2 decimals; null for a zero denominator. */
export function rate(r: Ratio): number | null {
  return r.value === null ? null : round2(r.value * 100);
}

/** Points for a fraction against max M: threshold T % gives M at or above T, M × R / T below; linear M × R. */
export function points(value: number | null, max: number, scoring: Scoring): number {
  if (value === null || max === 0) return 0; // zero denominator scores 0 (766/QĐ-TTg conventions)
  const v = Math.min(Math.max(value, 0), 1);
  const raw =
    scoring.kind === "threshold" ? Math.min(1, (v * 100) / scoring.threshold) * max : v * max;
  return round2(raw);
}

/** Maximum of an indicator for a unit of the given level (1.2 is scored for a province only). */
export function maxFor(rule: IndicatorRule, level: UnitLevel): number {
  return rule.provinceOnly && level !== "province" ? 0 : rule.max;
}

/**
 * Points one item is worth to an indicator of a unit's index, unrounded: what one more item in
 * the numerator would gain ("gain"), or one fewer would lose ("loss"). 0 at a zero denominator.
 */
export function pointsOfOneItem(
  index: IndexResult,
  rules: RuleSet,
  level: UnitLevel,
  id: string,
  direction: "gain" | "loss",
): number {
  const rule = rules.indicators.find((r) => r.id === id);
  const ind = index.indicators.find((i) => i.id === id);
  if (!rule || !ind || ind.denominator === 0) return 0;
  const max = maxFor(rule, level);
  const at = (n: number) => points(n / ind.denominator, max, rule.scoring);
  if (direction === "loss")
    return ind.numerator === 0 ? 0 : at(ind.numerator) - at(ind.numerator - 1);
  const n = Math.min(ind.numerator, ind.denominator);
  return at(n + 1) - at(n);
}

export interface AssembleInput {
  unit: string;
  period: Period;
  level: UnitLevel;
  ratios: Record<string, Ratio>;
  rules?: RuleSet;
}

/**
 * The index of a unit. Indicators with no ratio given are reported 0/0. When an indicator does
 * not apply to the unit (1.2 below province level), the total is rescaled to 100 (assumed).
 */
export function assembleIndex(input: AssembleInput): IndexResult {
  const rules = input.rules ?? rulesFor(input.period.to);
  const indicators = rules.indicators.map((rule) => {
    const r = input.ratios[rule.id] ?? { numerator: 0, denominator: 0, value: null };
    const max = maxFor(rule, input.level);
    return {
      id: rule.id,
      numerator: r.numerator,
      denominator: r.denominator,
      rate: rate(r),
      max,
      score: points(r.value, max, rule.scoring),
    };
  });
  const groups = rules.groups.map((g) => {
    const mine = indicators.filter((_, i) => rules.indicators[i].group === g.id);
    const notApplicable = rules.indicators
      .filter((r) => r.group === g.id)
      .reduce((s, r) => s + r.max - maxFor(r, input.level), 0);
    return {
      id: g.id,
      max: g.max - notApplicable,
      score: round2(mine.reduce((s, i) => s + i.score, 0)),
    };
  });
  const maxTotal = groups.reduce((s, g) => s + g.max, 0);
  const sum = groups.reduce((s, g) => s + g.score, 0);
  const fullTotal = rules.groups.reduce((s, g) => s + g.max, 0);
  const total =
    maxTotal === 0 ? 0 : round2(maxTotal === fullTotal ? sum : (sum * fullTotal) / maxTotal);
  return {
    unit: input.unit,
    from: input.period.from,
    to: input.period.to,
    total,
    groups,
    indicators,
  };
}

/** The rating band of a total (default bands assumed: Tốt ≥ 80, Khá ≥ 65, Trung bình ≥ 50, Yếu). */
export function band(total: number, rules: RuleSet = rulesFor("9999-12-31")): Band {
  return rules.bands.find((b) => total >= b.min) ?? rules.bands[rules.bands.length - 1];
}

/** Shown instead of a band for a unit with no dossier in the period (it is not "Yếu"). */
export const NO_DATA_BAND = { vi: "Chưa có dữ liệu", en: "No data" } as const;

/**
 * Whether the index rests on any dossier: one received in the period (1.4) or in handling during
 * it (2.1). Without one, the total reflects missing records, not service, and is not rated.
 */
export function hasDossierData(idx: Pick<IndexResult, "indicators">): boolean {
  return idx.indicators.some((i) => (i.id === "1.4" || i.id === "2.1") && i.denominator > 0);
}

/** The band of an index, or "no data" when it rests on no dossier. */
export function bandOf(idx: IndexResult, rules?: RuleSet): { vi: string; en: string } {
  if (!hasDossierData(idx)) return { ...NO_DATA_BAND };
  const b = band(idx.total, rules);
  return { vi: b.vi, en: b.en };
}
