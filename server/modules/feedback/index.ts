// Public surface of the feedback module: evaluations of a dossier's handling and complaints and
// petitions (phản ánh, kiến nghị), their routes, and the reads the quality index needs.
export { summarizeEvaluations } from "./actions/summarize-evaluations.ts";
export type { FeedbackDeps } from "./deps.ts";
export { complaintsForIndex } from "./read-model.ts";
export { feedbackRoutes } from "./routes.ts";
