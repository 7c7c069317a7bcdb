// "What costs points", by indicator: each scored indicator's loss (its maximum less its score),
// largest first, including those at 0/0 because the data they need is missing (they score 0 by
// the Decision 766/QĐ-TTg conventions), each with what to do about it and the items behind it.

import type { CostItem } from "./costs.ts";
import { adviceFor } from "./indicators.ts";
import { round2 } from "./ratios.ts";
import type { RuleSet } from "./rules.ts";
import type { IndexResult } from "./score.ts";

export interface IndicatorLoss {
  indicator: string;
  name: { vi: string; en: string };
  numerator: number;
  denominator: number;
  max: number;
  score: number;
  /** Points lost: max − score. */
  lost: number;
  /** At 0/0: nothing recorded to compute the indicator from. */
  missingData: boolean;
  advice: { vi: string; en: string };
  /** How many dossiers, procedures or complaints cost points here; the first few in `items`. */
  count: number;
  items: CostItem[];
}

export function indicatorLosses(
  index: IndexResult,
  items: CostItem[],
  rules: RuleSet,
  perIndicator = 5,
): IndicatorLoss[] {
  const out: IndicatorLoss[] = [];
  for (const ind of index.indicators) {
    const lost = round2(ind.max - ind.score);
    if (ind.max <= 0 || lost <= 0) continue;
    const rule = rules.indicators.find((r) => r.id === ind.id);
    const missingData = ind.denominator === 0;
    const [vi, en] = adviceFor(ind.id)[missingData ? "missing" : "short"];
    const mine = items.filter((i) => i.indicator === ind.id);
    out.push({
      indicator: ind.id,
      name: { vi: rule?.vi ?? ind.id, en: rule?.en ?? ind.id },
      numerator: ind.numerator,
      denominator: ind.denominator,
      max: ind.max,
      score: ind.score,
      lost,
      missingData,
      advice: { vi, en },
      count: mine.length,
      items: mine.slice(0, perIndicator),
    });
  }
  const order = (id: string) => index.indicators.findIndex((i) => i.id === id);
  return out.sort((a, b) => b.lost - a.lost || order(a.indicator) - order(b.indicator));
}
