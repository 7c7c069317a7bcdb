// Every indicator of the Decision 766/QĐ-TTg index, declared once (one file per group under
// indicators/): its name, group and maximum, how it is scored, which dossiers or procedures count
// (denominator) and which pass (numerator), why an item that does not pass costs points, and what
// a unit can do about a loss. The rule sets (rules.ts), the rollup counters (facts.ts), the rates
// (ratios.ts), the direct computation and "what costs points" (costs.ts, losses.ts) all read it.
import { DIGITISATION } from "./indicators/digitisation.ts";
import { ONLINE } from "./indicators/online.ts";
import { PROGRESS } from "./indicators/progress.ts";
import { PUBLICITY } from "./indicators/publicity.ts";
import { SATISFACTION } from "./indicators/satisfaction.ts";
import type { Advice, IndicatorDeclaration } from "./indicators/types.ts";

export type {
  Advice,
  DossierFacts,
  IndicatorDeclaration,
  PerProcedureRule,
  ProcedureShortfall,
  ReceivedRule,
  Scoring,
  Text,
} from "./indicators/types.ts";

/** In the order the index lists them. */
export const INDICATORS: readonly IndicatorDeclaration[] = [
  ...PUBLICITY,
  ...PROGRESS,
  ...ONLINE,
  ...DIGITISATION,
  ...SATISFACTION,
];

const BY_ID = new Map(INDICATORS.map((d) => [d.id, d]));

export const declarationOf = (id: string): IndicatorDeclaration | undefined => BY_ID.get(id);

const FALLBACK: Advice = {
  missing: [
    "Chưa có dữ liệu để tính chỉ số này trong kỳ.",
    "No data to compute this indicator in the period.",
  ],
  short: ["Xem các mục làm mất điểm bên dưới.", "See the items below."],
};

export const adviceFor = (id: string): Advice => BY_ID.get(id)?.advice ?? FALLBACK;
