// The leader sends the draft back to the handling step for rework.
import { z } from "zod";
import { APPROVER_ROLES, closeStep, openStep } from "../steps.ts";
import type { ActionDef } from "./context.ts";

const body = z.object({ reason: z.string().trim().min(3).max(2000) }).strict();

export const sendBack: ActionDef<z.infer<typeof body>> = {
  body,
  async apply(ctx, d, b) {
    const proc = await ctx.procedure(d);
    await closeStep(ctx.tx, d, ctx.now, b.reason);
    // Back to the last handling (non-approver, non-reception) step before the current one.
    const from = d.currentStep ?? proc.steps.length;
    let back = -1;
    for (let i = from - 1; i >= 0; i--) {
      const r = proc.steps[i].role;
      if (!APPROVER_ROLES.has(r) && r !== "reception") {
        back = i;
        break;
      }
    }
    let currentStep: number | null = null;
    if (back >= 0) {
      await openStep(ctx.tx, d, proc, back, ctx.now, await ctx.calendar(d), ctx.actor.fullName);
      currentStep = back;
    }
    return {
      after: { ...d, state: "handling", currentStep },
      events: [{ type: "sent-back", at: ctx.now, data: { step: currentStep, reason: b.reason } }],
      audit: "dossier.sent_back",
    };
  },
};
