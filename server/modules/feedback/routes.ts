import type { Api } from "../../platform/http.ts";
import { feedbackContext } from "./context.ts";
import type { FeedbackDeps } from "./deps.ts";
import { complaintPublicRoutes } from "./routes/complaint-public-routes.ts";
import { complaintStaffRoutes } from "./routes/complaint-staff-routes.ts";
import { evaluationRoutes } from "./routes/evaluation-routes.ts";
import { publicGuards } from "./routes/guard.ts";

/** Evaluations and complaints (phản ánh, kiến nghị): public and officers' routes. */
export function feedbackRoutes(api: Api, deps: FeedbackDeps) {
  const ctx = feedbackContext(deps);
  const guard = publicGuards(ctx.clock, ctx.options);
  evaluationRoutes(api, ctx, guard);
  complaintPublicRoutes(api, ctx, guard);
  complaintStaffRoutes(api, ctx);
}
