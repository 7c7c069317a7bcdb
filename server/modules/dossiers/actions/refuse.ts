// Refusal during handling, with reasons (Decree 118/2025/NĐ-CP Art. 18): status 3.
import { ACTION_BODIES, type ActionBody } from "../../../../shared/contracts/dossier-actions.ts";
import type { ActionDef } from "./context.ts";
import { closeOpenWork } from "./finish.ts";

export const refuse: ActionDef<ActionBody<"refuse">> = {
  body: ACTION_BODIES.refuse,
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
