// Refuses to handle a complaint, with reasons (due 2 working days after receipt).
import { handleComplaint, type OfficerStep } from "../complaints/handle.ts";
import { markStepDone } from "../complaints/store.ts";
import type { FeedbackContext } from "../deps.ts";

export function refuseComplaint(
  ctx: FeedbackContext,
  step: OfficerStep,
  code: string,
  b: { reason: string },
) {
  return handleComplaint(ctx, step, code, "refuse", async ({ tx, c, now }) => {
    c.refuseReason = b.reason;
    await markStepDone(tx, c, "refuse", now);
    return { reason: b.reason, onTime: now <= c.steps.refuse!.dueAt };
  });
}
