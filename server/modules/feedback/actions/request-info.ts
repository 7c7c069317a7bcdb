// Asks the complainant for more information; the first request is due 5 working days after receipt.
import { handleComplaint, type OfficerStep } from "../complaints/handle.ts";
import { markStepDone } from "../complaints/store.ts";
import type { FeedbackContext } from "../deps.ts";

export function requestInfo(
  ctx: FeedbackContext,
  step: OfficerStep,
  code: string,
  b: { text: string },
) {
  return handleComplaint(ctx, step, code, "request-info", async ({ tx, c, now }) => {
    c.infoRequests = [...c.infoRequests, { at: now.toISOString(), text: b.text }];
    await markStepDone(tx, c, "info-request", now);
    return { request: c.infoRequests.length };
  });
}
