// From totals to the numerator / denominator of each dossier-based indicator.
import type { DossierTotals } from "./facts.ts";

/** value: the exact fraction (0.4505 for 45.05 %), null when the denominator is 0. */
export interface Ratio {
  numerator: number;
  denominator: number;
  value: number | null;
}

export function ratio(numerator: number, denominator: number): Ratio {
  return { numerator, denominator, value: denominator === 0 ? null : numerator / denominator };
}

export function dossierRatios(t: DossierTotals): Record<string, Ratio> {
  const syncShare = t.received === 0 ? 0 : t.synced / t.received;
  return {
    "1.4": ratio(t.synced, t.received),
    "2.1": ratio(t.onTime21, t.handled21),
    // 2.2 (tracking): mean share of the legal time used; numerator is a sum of percentages.
    "2.2": {
      numerator: t.handling22 / 100,
      denominator: t.finished22,
      value: t.finished22 === 0 ? null : t.handling22 / 10_000 / t.finished22,
    },
    // 3.3: online share × sync rate (1.4); numerator is the online count scaled by that rate.
    "3.3": {
      numerator: round2(t.online33 * syncShare),
      denominator: t.received,
      value: t.received === 0 ? null : (t.online33 / t.received) * syncShare,
    },
    "3.4": ratio(t.fullOnline, t.fullEligible),
    "3.5b": ratio(t.procedures.feePaidOnline.length, t.procedures.feeBearing.length),
    "3.6": ratio(t.fee36Num, t.fee36Den),
    "4.1": ratio(t.res41Num, t.res41Den),
    "4.2": ratio(t.digitised42, t.received),
    "4.3": ratio(t.reuse43, t.received),
    "4.4": ratio(t.personal44, t.received),
    "4.5a": ratio(t.procedures.individualPopulation.length, t.procedures.individual.length),
    "4.5b": ratio(t.population45b, t.received),
    // 5.4 = 100 % − (late rate + feedback rate) = (onTime − feedback) / handled(P), not below 0.
    "5.4": ratio(Math.max(0, t.onTime21 - t.feedback54), t.handled21),
  };
}

export function round2(x: number): number {
  return Math.round((x + Number.EPSILON) * 100) / 100;
}
