// Public surface of the reform module: directives and tasks with the monitor and late flags, the
// reform index (criteria as data, self-assessment, appraisal, response, final, ranking), the
// inspections with their remediation items, evidence.
export type { Figure, ReformDeps, SystemFigures } from "./deps.ts";
export { flagLateTasks } from "./directives/flags.ts";
export { issueDirective } from "./directives/issue.ts";
export { REFORM_FLAG_JOB, reformFlagCron, reformFlagHandler } from "./directives/job.ts";
export {
  type CycleStep,
  recordAppraisal,
  recordResponse,
  recordSelfAssessment,
} from "./index-score/assess.ts";
export type { Measure } from "./index-score/measures.ts";
export { recomputeYear } from "./index-score/recompute.ts";
export { DEFAULT_AREAS, DEFAULT_RULES } from "./index-score/template.ts";
export { closedPeriods, periodOf, vnDay } from "./periods.ts";
export { loadDraft } from "./report/draft.ts";
export { reformRoutes } from "./routes.ts";
export { DEFAULT_QUESTIONS } from "./surveys/questionnaire.ts";
