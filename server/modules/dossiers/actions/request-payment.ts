// Fees or taxes to pay before the result (status 6). The clock does not pause: only supplements
// are subtracted from handling time (Decision 766/QĐ-TTg, indicator 2.1).
import { z } from "zod";
import { feeInput } from "../schemas.ts";
import type { ActionDef } from "./context.ts";

const body = z
  .object({ fees: z.array(feeInput).min(1).max(50), note: z.string().trim().max(2000).optional() })
  .strict();

export const requestPayment: ActionDef<z.infer<typeof body>> = {
  body,
  async apply(ctx, d, b) {
    return {
      after: { ...d, state: "payment-requested", status: 6, resumeState: d.state, fees: b.fees },
      events: [
        { type: "payment-requested", at: ctx.now, data: { fees: b.fees, note: b.note ?? null } },
      ],
      audit: "dossier.payment_requested",
    };
  },
};
