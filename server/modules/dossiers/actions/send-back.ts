// The leader sends the draft back to the handling step for rework, to the officer picked from
// that step's pick-list (by default unassigned: any handler of the unit takes it).
import { ACTION_BODIES, type ActionBody } from "../../../../shared/contracts/dossier-actions.ts";
import { resolveAssignee, reworkStep } from "../assignment.ts";
import { actorLabel, closeStep, openStep } from "../steps.ts";
import type { ActionDef } from "./context.ts";

export const sendBack: ActionDef<ActionBody<"send-back">> = {
  body: ACTION_BODIES["send-back"],
  async apply(ctx, d, b) {
    const proc = await ctx.procedure(d);
    // Back to the last handling (non-approver, non-reception) step before the current one.
    const back = reworkStep(proc, d.currentStep);
    const to =
      back === null
        ? { id: null, name: null }
        : await resolveAssignee(ctx.tx, ctx.tree, d, proc, back, b.assignee);
    await closeStep(ctx.tx, d, ctx.now, ctx.actor, b.reason);
    if (back !== null) {
      const cal = await ctx.calendar(d);
      await openStep(ctx.tx, d, proc, back, ctx.now, cal, actorLabel(ctx.actor), to);
    }
    return {
      after: { ...d, state: "handling", currentStep: back },
      events: [
        {
          type: "sent-back",
          at: ctx.now,
          data: { step: back, reason: b.reason, assignee: to.name, assigneeId: to.id },
        },
      ],
      audit: "dossier.sent_back",
    };
  },
};
