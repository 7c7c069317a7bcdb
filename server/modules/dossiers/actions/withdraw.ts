// Withdrawal at the applicant's written request (Decree 118/2025/NĐ-CP Art. 19): status 7.
import { z } from "zod";
import type { ActionDef } from "./context.ts";
import { closeOpenWork } from "./finish.ts";

const body = z.object({ reason: z.string().trim().max(2000).optional() }).strict();

export const withdraw: ActionDef<z.infer<typeof body>> = {
  body,
  async apply(ctx, d, b) {
    await closeOpenWork(ctx, d, b.reason ?? "withdrawn");
    return {
      after: { ...d, state: "withdrawn", status: 7, resumeState: null, finishedAt: ctx.now },
      events: [{ type: "withdrawn", at: ctx.now, data: { reason: b.reason ?? null } }],
      audit: "dossier.withdrawn",
    };
  },
};
