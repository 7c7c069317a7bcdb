// Public surface of the quality-index module (Decision 766/QĐ-TTg real-time service index).
export { calendarJudge, JudgeCache } from "./calendar-judge.ts";
export { complaintIndicators } from "./complaint-indicators.ts";
export type { QualityIndexDeps } from "./deps.ts";
export { dossierTotals, lookupOf } from "./dossier-indicators.ts";
export { catalogProcedure, type ProcedureSource } from "./procedures.ts";
export { projector } from "./projector.ts";
export { dossierRatios } from "./ratios.ts";
export { type RecordPages, recomputeAll, recomputeInto } from "./recompute.ts";
export { queryIndex, queryTotals } from "./repository.ts";
export { qualityIndexRoutes } from "./routes.ts";
export { rulesFor } from "./rules.ts";
export { band } from "./score.ts";
export { indexOf } from "./service.ts";
export { queryTotalsByAgency } from "./totals-by-agency.ts";
export { unitServiceIndex } from "./unit-index.ts";
export { resolveUnit } from "./units.ts";
