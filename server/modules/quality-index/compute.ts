// The whole index of a unit computed directly from raw records (no rollups): dossier, procedure
// and complaint indicators, scored. The dashboard uses the rollups; this is the reference.
import type { DossierRecord, ProcedureRecord } from "../../../shared/sync-record.ts";
import { type ComplaintRecord, complaintIndicators } from "./complaint-indicators.ts";
import { dayEndMs, type Period, periodDays } from "./days.ts";
import { dossierTotals, type ProcedureLookup } from "./dossier-indicators.ts";
import type { DossierTotals } from "./facts.ts";
import { type JudgeFor, judgeOf } from "./judge.ts";
import { type AddWorkingDays, procedureIndicators } from "./procedure-indicators.ts";
import { dossierRatios, type Ratio, ratio } from "./ratios.ts";
import type { RuleSet } from "./rules.ts";
import { assembleIndex, type IndexResult, type UnitLevel } from "./score.ts";

/** An entry of the certified-copy register, as indicator 4.6 counts it. */
export interface CertifiedCopy {
  at: Date;
  electronic: boolean;
}

export interface UnitData {
  unit: string;
  level: UnitLevel;
  period: Period;
  /** The unit's dossiers (with everything below it). */
  dossiers: DossierRecord[];
  procedureOf: ProcedureLookup;
  /** The unit's procedures (for 1.1–1.3, 3.1, 3.2, 3.5a); omitted → those indicators are 0/0. */
  procedures?: ProcedureRecord[];
  complaints?: ComplaintRecord[];
  /** 4.6 (assumed formula): certified copies issued electronically / issued, in the period. */
  certifiedCopies?: CertifiedCopy[];
  /** One judge, or each agency's (complaints use the unit's). */
  judge: JudgeFor;
  addWorkingDays?: AddWorkingDays;
  rules?: RuleSet;
  /** The instant complaint steps are read at (ms); default the end of the period. */
  cutoff?: number;
}

/** Ratios of the indicators not derived from dossiers, given the dossier totals (for 3.2). */
export function otherRatios(
  d: Omit<UnitData, "dossiers">,
  totals: DossierTotals,
): Record<string, Ratio> {
  const out: Record<string, Ratio> = {};
  if (d.procedures && d.addWorkingDays)
    Object.assign(
      out,
      procedureIndicators({
        period: d.period,
        procedures: d.procedures,
        level: d.level,
        addWorkingDays: d.addWorkingDays,
        onlineDossierProcedures: totals.procedures.online,
        rules: d.rules,
      }).ratios,
    );
  if (d.complaints)
    Object.assign(
      out,
      complaintIndicators(d.period, d.complaints, judgeOf(d.judge, d.unit), d.rules, d.cutoff)
        .ratios,
    );
  if (d.certifiedCopies) {
    const { F, E } = periodDays(d.period);
    const inPeriod = d.certifiedCopies.filter(
      (c) => c.at.getTime() > dayEndMs(F - 1) && c.at.getTime() <= dayEndMs(E),
    );
    out["4.6"] = ratio(inPeriod.filter((c) => c.electronic).length, inPeriod.length);
  }
  return out;
}

export function computeIndex(d: UnitData): {
  index: IndexResult;
  totals: DossierTotals;
  ratios: Record<string, Ratio>;
} {
  const totals = dossierTotals(d.period, d.dossiers, d.procedureOf, d.judge);
  const ratios = { ...otherRatios(d, totals), ...dossierRatios(totals) };
  const index = assembleIndex({
    unit: d.unit,
    period: d.period,
    level: d.level,
    ratios,
    rules: d.rules,
  });
  return { index, totals, ratios };
}
