// Deduction rules as data: a condition on a system figure, an effect on the points, a period in
// force. Letter 6187/UBND-KSTT §1.đ: under 70% of procedures online → minus 20% of the points of
// the administrative-procedure-reform area.
import type { z } from "zod";
import type { ruleSchema } from "../../../../shared/contracts/reform.ts";
import type { Figure } from "../deps.ts";
import { MEASURE_NAMES, type Measure } from "./measures.ts";

export type DeductionRule = z.infer<typeof ruleSchema>;

export interface Deduction {
  rule: string;
  title: string;
  basis: string;
  points: number;
  /** The computation, in words, in both languages. */
  vi: string;
  en: string;
}

const pct = (x: number) => `${(Math.round(x * 1000) / 10).toLocaleString("vi-VN")}%`;
const pctEn = (x: number) => `${Math.round(x * 1000) / 10}%`;
const num = (x: number) => x.toLocaleString("vi-VN", { maximumFractionDigits: 2 });
const TEST = {
  "<": (a: number, b: number) => a < b,
  "<=": (a: number, b: number) => a <= b,
  ">": (a: number, b: number) => a > b,
  ">=": (a: number, b: number) => a >= b,
};

export function ruleInForce(r: DeductionRule, year: number): boolean {
  const last = `${year}-12-31`;
  return r.period.from <= last && (r.period.to === null || last <= r.period.to);
}

/**
 * The deduction of one rule for a unit, or null when it does not apply (level, period, figure
 * missing or the condition not met). `areaPoints` are the unit's points per area before deductions.
 */
export function applyRule(
  r: DeductionRule,
  unit: { level: string; year: number },
  figures: Partial<Record<Measure, Figure>>,
  areaPoints: Record<string, number>,
): Deduction | null {
  if (!(r.levels as string[]).includes(unit.level) || !ruleInForce(r, unit.year)) return null;
  const f = figures[r.condition.measure];
  if (!f || f.value === null) return null;
  if (!TEST[r.condition.op](f.value, r.condition.value)) return null;
  const m = MEASURE_NAMES[r.condition.measure];
  const cond = {
    vi: `${m.vi} ${f.numerator}/${f.denominator} = ${pct(f.value)} ${r.condition.op} ${pct(r.condition.value)}`,
    en: `${m.en} ${f.numerator}/${f.denominator} = ${pctEn(f.value)} ${r.condition.op} ${pctEn(r.condition.value)}`,
  };
  if (r.effect.kind === "points") {
    const points = r.effect.points;
    return {
      rule: r.id,
      title: r.title,
      basis: r.basis,
      points,
      vi: `${cond.vi} → trừ ${num(points)} điểm (${r.basis})`,
      en: `${cond.en} → minus ${points} points (${r.basis})`,
    };
  }
  const base = areaPoints[r.effect.area] ?? 0;
  const points = Math.round(base * r.effect.percent) / 100;
  return {
    rule: r.id,
    title: r.title,
    basis: r.basis,
    points,
    vi: `${cond.vi} → trừ ${num(r.effect.percent)}% điểm lĩnh vực ${r.effect.area}: ${num(base)} × ${num(r.effect.percent)}% = ${num(points)} điểm (${r.basis})`,
    en: `${cond.en} → minus ${r.effect.percent}% of area ${r.effect.area}: ${base} × ${r.effect.percent}% = ${points} points (${r.basis})`,
  };
}
