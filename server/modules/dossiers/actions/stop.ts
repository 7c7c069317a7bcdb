// Stop handling with a notice (Form 05, Decree 118/2025/NĐ-CP Art. 19): status 8.
import { ACTION_BODIES, type ActionBody } from "../../../../shared/contracts/dossier-actions.ts";
import type { ActionDef } from "./context.ts";
import { closeOpenWork } from "./finish.ts";

export const stop: ActionDef<ActionBody<"stop">> = {
  body: ACTION_BODIES.stop,
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
