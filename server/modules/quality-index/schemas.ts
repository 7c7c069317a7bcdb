// The index as the API shows it (its contract: shared/contracts/quality-index.ts).
import { rulesFor } from "./rules.ts";
import { bandOf, hasDossierData, type IndexResult } from "./score.ts";
import type { Unit } from "./units.ts";

/** The index as the API shows it: the exact figures, then the band and the names. */
export function present(idx: IndexResult, u: Unit) {
  const rules = rulesFor(idx.to);
  const pick = (x: { id: string; vi: string; en: string }) => [x.id, { vi: x.vi, en: x.en }];
  return {
    ...idx,
    band: bandOf(idx, rules),
    noData: !hasDossierData(idx),
    names: {
      unit: u.name,
      groups: Object.fromEntries(rules.groups.map(pick)),
      indicators: Object.fromEntries(rules.indicators.map(pick)),
    },
  };
}
