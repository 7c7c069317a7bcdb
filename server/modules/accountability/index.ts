// Public surface of the accountability module: warnings before and after a due moment, in-app
// notifications, explanations and signed apologies (Form 04) with the new date set once, the
// compliance view, and the public look-up and figures.

export { complianceView } from "./compliance.ts";
export type { AccountabilityDeps } from "./deps.ts";
export { type NewNotification, notify } from "./notifications.ts";
export { accountabilityProjector } from "./projector.ts";
export { accountabilityRoutes } from "./routes.ts";
export { demoSignerFor } from "./signing.ts";
export { SWEEP_JOB, sweepCron, sweepHandler } from "./sweep.ts";
