// Public surface of the accountability module: warnings before and after a due moment, in-app
// notifications, explanations and signed apologies (Form 04) with the new date set once, the
// compliance view, and the public look-up and figures.
export { benchSweep } from "./bench.ts";
export { complianceView } from "./compliance.ts";
export {
  type AccountabilityDeps,
  type AccountabilityOptions,
  type CalendarOf,
  DEFAULT_OPTIONS,
  type EvaluationAverage,
  type ExtendAppointment,
} from "./deps.ts";
export { listNotifications, type NewNotification, notify } from "./notifications.ts";
export { accountabilityProjector, backfillAccountability, refreshWarnings } from "./projector.ts";
export { accountabilityRoutes } from "./routes.ts";
export { demoSignerFor } from "./signing.ts";
export { SWEEP_JOB, type SweepResult, sweep, sweepCron, sweepHandler } from "./sweep.ts";
export { DEFAULT_THRESHOLDS, type Threshold, warnAt, workingInstantBefore } from "./thresholds.ts";
