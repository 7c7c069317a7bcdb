// A rate as numerator / denominator, and the 2-decimal rounding every figure of the index uses.

/** value: the exact fraction (0.4505 for 45.05 %), null when the denominator is 0. */
export interface Ratio {
  numerator: number;
  denominator: number;
  value: number | null;
}

export function ratio(numerator: number, denominator: number): Ratio {
  return { numerator, denominator, value: denominator === 0 ? null : numerator / denominator };
}

export function round2(x: number): number {
  return Math.round((x + Number.EPSILON) * 100) / 100;
}
