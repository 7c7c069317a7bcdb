// Stop handling with a notice (Form 05, Decree 118/2025/NĐ-CP Art. 19): status 8.
import { z } from "zod";
import type { ActionDef } from "./context.ts";
import { closeOpenWork } from "./finish.ts";

const body = z
  .object({
    reason: z.string().trim().min(5).max(4000),
    legalBasis: z.string().trim().max(500).optional(),
  })
  .strict();

export const stop: ActionDef<z.infer<typeof body>> = {
  body,
  async apply(ctx, d, b) {
    await closeOpenWork(ctx, d, b.reason);
    return {
      after: { ...d, state: "stopped", status: 8, resumeState: null, finishedAt: ctx.now },
      events: [
        {
          type: "stopped",
          at: ctx.now,
          data: { reason: b.reason, legalBasis: b.legalBasis ?? null },
        },
      ],
      audit: "dossier.stopped",
      form: "05",
    };
  },
};
