// From totals to the numerator / denominator of each dossier-based indicator, as each indicator's
// declaration (indicators.ts) says.
import type { DossierTotals } from "./facts.ts";
import { type Ratio, ratio } from "./fraction.ts";
import { INDICATORS } from "./indicators.ts";

export { type Ratio, ratio, round2 } from "./fraction.ts";

export function dossierRatios(t: DossierTotals): Record<string, Ratio> {
  const out: Record<string, Ratio> = {};
  for (const d of INDICATORS) {
    if (d.rate) out[d.id] = d.rate(t);
    else if (d.received) out[d.id] = ratio(t[d.received.num], t[d.received.den]);
    else if (d.perProcedure) {
      const [den, num] = d.perProcedure.sets;
      out[d.id] = ratio(t.procedures[num].length, t.procedures[den].length);
    }
  }
  return out;
}
