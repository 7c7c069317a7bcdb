// Refusal during handling, with reasons (Decree 118/2025/NĐ-CP Art. 18): status 3.
import { z } from "zod";
import type { ActionDef } from "./context.ts";
import { closeOpenWork } from "./finish.ts";

const body = z.object({ reasons: z.string().trim().min(5).max(4000) }).strict();

export const refuse: ActionDef<z.infer<typeof body>> = {
  body,
  async apply(ctx, d, b) {
    await closeOpenWork(ctx, d, b.reasons);
    return {
      after: { ...d, state: "refused", status: 3, resumeState: null, finishedAt: ctx.now },
      events: [{ type: "refused", at: ctx.now, data: { reasons: b.reasons, atReception: false } }],
      audit: "dossier.refused",
      form: "03",
    };
  },
};
