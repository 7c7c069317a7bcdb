// Publishes the answer (due 2 working days after answering), with the question as it may be shown
// publicly (the officer removes personal data; default: the complaint's text).
import { handleComplaint, type OfficerStep } from "../complaints/handle.ts";
import { markStepDone } from "../complaints/store.ts";
import type { FeedbackContext } from "../deps.ts";

export function publishAnswer(
  ctx: FeedbackContext,
  step: OfficerStep,
  code: string,
  b: { publicQuestion?: string },
) {
  return handleComplaint(ctx, step, code, "publish", async ({ tx, c, now }) => {
    c.publicQuestion = b.publicQuestion ?? c.content;
    await markStepDone(tx, c, "publish", now);
    return { onTime: now <= c.steps.publish!.dueAt };
  });
}
