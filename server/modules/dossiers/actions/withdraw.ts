// Withdrawal at the applicant's written request (Decree 118/2025/NĐ-CP Art. 19): status 7. The
// applicant gets a written record of it (what was withdrawn, when, why, which papers came back).
import { ACTION_BODIES, type ActionBody } from "../../../../shared/contracts/dossier-actions.ts";
import { uniqueItems } from "../completeness.ts";
import type { ActionDef } from "./context.ts";
import { closeOpenWork } from "./finish.ts";

export const withdraw: ActionDef<ActionBody<"withdraw">> = {
  body: ACTION_BODIES.withdraw,
  async apply(ctx, d, b) {
    await closeOpenWork(ctx, d, b.reason ?? "withdrawn");
    const returned = uniqueItems(b.returned ?? []);
    return {
      after: { ...d, state: "withdrawn", status: 7, resumeState: null, finishedAt: ctx.now },
      events: [
        {
          type: "withdrawn",
          at: ctx.now,
          data: { reason: b.reason || null, ...(returned.length ? { returned } : {}) },
        },
      ],
      audit: "dossier.withdrawn",
      form: "withdrawal",
    };
  },
};
