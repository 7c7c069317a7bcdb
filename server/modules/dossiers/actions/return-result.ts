// The result is returned at the counter, by post or online (status 10); an electronic result may
// be pushed to the applicant's personal data store on the national portal (Circular 01/2023/TT-VPCP).
import { ACTION_BODIES, type ActionBody } from "../../../../shared/contracts/dossier-actions.ts";
import { feesOwed, feesUnpaid } from "../fees-due.ts";
import { closeStep } from "../steps.ts";
import type { ActionDef } from "./context.ts";

export const returnResult: ActionDef<ActionBody<"return-result">> = {
  body: ACTION_BODIES["return-result"],
  async apply(ctx, d, b) {
    const owed = await feesOwed(ctx.tx, d);
    if (owed > 0) throw feesUnpaid(d.code, owed);
    await closeStep(ctx.tx, d, ctx.now, ctx.actor, b.note);
    return {
      after: {
        ...d,
        state: "returned",
        status: 10,
        resultPushedToPersonalStore: d.resultPushedToPersonalStore || b.pushedToPersonalStore,
      },
      events: [
        {
          type: "result-returned",
          at: ctx.now,
          data: { method: b.method, pushedToPersonalStore: b.pushedToPersonalStore },
        },
      ],
      audit: "dossier.result_returned",
    };
  },
};
