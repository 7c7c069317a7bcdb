// Public surface of the reform module: directives and tasks with the monitor and late flags, the
// reform index (criteria as data, self-assessment, appraisal, response, final, ranking), the
// inspections with their remediation items, evidence.
export type {
  Figure,
  ReformDeps,
  ServiceIndex,
  ServiceIndexOf,
  SystemFigures,
  UnitAgencies,
} from "./deps.ts";
export { flagLateTasks } from "./directives/flags.ts";
export { issueDirective } from "./directives/issue.ts";
export { REFORM_FLAG_JOB, reformFlagCron, reformFlagHandler } from "./directives/job.ts";
export { monitorView } from "./directives/monitor.ts";
export { reportProgress } from "./directives/report.ts";
export type { DirectiveInput } from "./directives/schemas.ts";
export { type TaskStatus, taskStatus } from "./directives/status.ts";
export { appraise, respond, saveSelfAssessment } from "./index-score/assess.ts";
export { computeUnit, rank } from "./index-score/compute.ts";
export { type Area, checkAreas } from "./index-score/criteria.ts";
export { MEASURE_NAMES, MEASURES, type Measure } from "./index-score/measures.ts";
export { computeYear, indexUnits, recomputeYear } from "./index-score/recompute.ts";
export type { DeductionRule } from "./index-score/rules.ts";
export { DEFAULT_AREAS, DEFAULT_RULES } from "./index-score/template.ts";
export { type Proposal, proposeTargets } from "./inspections/propose.ts";
export { type InspectionView, listInspections } from "./inspections/view.ts";
export { closedPeriods, periodOf, vnDay } from "./periods.ts";
export { reformRoutes } from "./routes.ts";
export { DEFAULT_QUESTIONS } from "./surveys/questionnaire.ts";
