// The result is returned at the counter, by post or online (status 10); an electronic result may
// be pushed to the applicant's personal data store on the national portal (Circular 01/2023/TT-VPCP).
import { z } from "zod";
import { feesOwed, feesUnpaid } from "../fees-due.ts";
import { closeStep } from "../steps.ts";
import type { ActionDef } from "./context.ts";

const body = z
  .object({
    method: z.enum(["counter", "post", "online"]),
    pushedToPersonalStore: z.boolean().default(false),
    note: z.string().trim().max(2000).optional(),
  })
  .strict();

export const returnResult: ActionDef<z.infer<typeof body>> = {
  body,
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
