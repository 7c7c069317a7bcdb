// Not acceptable at reception (outside competence, wrong procedure…): refusal with reasons
// (Form 03, Decree 118/2025/NĐ-CP Art. 15(3)).
import { z } from "zod";
import type { ActionDef } from "./context.ts";

const body = z.object({ reasons: z.string().trim().min(5).max(4000) }).strict();

export const refuseIntake: ActionDef<z.infer<typeof body>> = {
  body,
  async apply(ctx, d, b) {
    return {
      after: { ...d, state: "refused", status: 3, finishedAt: ctx.now },
      events: [{ type: "refused", at: ctx.now, data: { reasons: b.reasons, atReception: true } }],
      audit: "dossier.refused",
      details: { reasons: b.reasons },
      form: "03",
    };
  },
};
