// Not acceptable at reception (outside competence, wrong procedure…): refusal with reasons
// (Form 03, Decree 118/2025/NĐ-CP Art. 15(3)).
import { ACTION_BODIES, type ActionBody } from "../../../../shared/contracts/dossier-actions.ts";
import type { ActionDef } from "./context.ts";

export const refuseIntake: ActionDef<ActionBody<"refuse-intake">> = {
  body: ACTION_BODIES["refuse-intake"],
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
