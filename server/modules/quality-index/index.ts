// Public surface of the quality-index module (Decision 766/QĐ-TTg real-time service index).
export { calendarAddWorkingDays, calendarJudge, JudgeCache } from "./calendar-judge.ts";
export { type ComplaintRecord, complaintIndicators } from "./complaint-indicators.ts";
export { computeIndex, type UnitData } from "./compute.ts";
export { type CostItem, whatCosts } from "./costs.ts";
export type { Period } from "./days.ts";
export type { QualityIndexDeps } from "./deps.ts";
export { dossierTotals, lookupOf, type ProcedureLookup } from "./dossier-indicators.ts";
export type { DossierTotals } from "./facts.ts";
export { type AtRisk, forecast } from "./forecast.ts";
export { calendarDaysJudge, type DurationJudge, type JudgeFor, judgeOf } from "./judge.ts";
export { ChangeFeed } from "./live.ts";
export { type AddWorkingDays, addWeekdays, procedureIndicators } from "./procedure-indicators.ts";
export { catalogProcedure, type ProcedureSource } from "./procedures.ts";
export { type ProjectorDeps, projector } from "./projector.ts";
export { dossierRatios, type Ratio } from "./ratios.ts";
export { type RecomputeOptions, recomputeAll, recomputeInto } from "./recompute.ts";
export {
  applyContribution,
  applyDeltas,
  type DossierVersion,
  queryIndex,
  queryTotals,
  rebuild,
} from "./repository.ts";
export {
  changeDelta,
  contribution,
  indexFromRollups,
  mergeDeltas,
  type RollupDelta,
  totalsFromRollups,
} from "./rollup.ts";
export { qualityIndexRoutes } from "./routes.ts";
export { type Band, RULE_SETS, type RuleSet, rulesFor } from "./rules.ts";
export {
  assembleIndex,
  band,
  type IndexResult,
  type IndicatorResult,
  type UnitLevel,
} from "./score.ts";
export { queryTotalsByAgency } from "./totals-by-agency.ts";
export { unitServiceIndex } from "./unit-index.ts";
