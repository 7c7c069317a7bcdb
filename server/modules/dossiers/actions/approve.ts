// Leader approval (Decree 118/2025/NĐ-CP Art. 18): closes the approval step; the result is then
// issued (issue-result).
import { z } from "zod";
import { closeStep } from "../steps.ts";
import type { ActionDef } from "./context.ts";

const body = z.object({ note: z.string().trim().max(2000).optional() }).strict();

export const approve: ActionDef<z.infer<typeof body>> = {
  body,
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
