// Answers a complaint (due 15 working days after receipt); the answer is then due for publication
// within 2 working days.
import { handleComplaint, type OfficerStep } from "../complaints/handle.ts";
import { publishDue } from "../complaints/limits.ts";
import { markStepDone, setStepDue } from "../complaints/store.ts";
import type { FeedbackContext } from "../deps.ts";

export function answerComplaint(
  ctx: FeedbackContext,
  step: OfficerStep,
  code: string,
  b: { answer: string },
) {
  return handleComplaint(ctx, step, code, "answer", async ({ tx, c, now }) => {
    c.answer = b.answer;
    await markStepDone(tx, c, "answer", now);
    const due = publishDue(now, await ctx.calendarFor(tx, c.agencyCode), ctx.options.limits);
    await setStepDue(tx, c.id, "publish", due);
    c.steps.publish = { step: "publish", dueAt: due, doneAt: null };
    return { onTime: now <= c.steps.answer!.dueAt, publishDue: due.toISOString() };
  });
}
