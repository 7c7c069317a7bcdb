// Public surface of the feedback module: evaluations of a dossier's handling and complaints and
// petitions (phản ánh, kiến nghị), their routes, and the reads the quality index needs.
export {
  type EvaluationSummary,
  type SummaryBy,
  summarizeEvaluations,
} from "./actions/summarize-evaluations.ts";
export {
  COMPLAINT_LIMITS,
  type ComplaintLimits,
  publishDue,
  receiptDues,
} from "./complaints/limits.ts";
export { COMPLAINT_STATES, type ComplaintState, TRANSITIONS } from "./complaints/states.ts";
export { COMPLAINT_CLASSES, type ComplaintClass } from "./complaints/types.ts";
export {
  type CalendarFor,
  DEFAULT_FEEDBACK_OPTIONS,
  type DossierFacts,
  type DossierLookup,
  type FeedbackDeps,
  type FeedbackOptions,
  type Officer,
} from "./deps.ts";
export {
  BANDS,
  type BandId,
  bandOf,
  CRITERIA,
  MAX_TOTAL,
  type Scores,
  totalOf,
} from "./evaluations/criteria.ts";
export { DEFAULT_EDIT_WINDOW, type EditWindow } from "./evaluations/window.ts";
export {
  type ComplaintIndexRecord,
  complaintsForIndex,
  type DossierReaction,
  reactionsByDossier,
} from "./read-model.ts";
export { feedbackRoutes } from "./routes.ts";
