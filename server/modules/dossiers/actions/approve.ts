// Leader approval (Decree 118/2025/NĐ-CP Art. 18): closes the approval step; the result is then
// issued (issue-result).
import { ACTION_BODIES, type ActionBody } from "../../../../shared/contracts/dossier-actions.ts";
import { closeStep } from "../steps.ts";
import type { ActionDef } from "./context.ts";

export const approve: ActionDef<ActionBody<"approve">> = {
  body: ACTION_BODIES.approve,
  async apply(ctx, d, b) {
    const closed = await closeStep(ctx.tx, d, ctx.now, ctx.actor, b.note);
    return {
      after: { ...d, state: "approved" },
      events: [
        {
          type: "approved",
          at: ctx.now,
          data: { step: d.currentStep, result: closed?.result ?? null, note: b.note ?? null },
        },
      ],
      audit: "dossier.approved",
    };
  },
};
