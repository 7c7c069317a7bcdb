// Fees or taxes to pay before the result (status 6). By default the clock runs on; a procedure
// that says so (land procedures waiting for the tax to be paid) pauses it until the payment is
// confirmed, and the appointment then moves later by the working time paused (calendar.md,
// "Pauses"; Decree 118/2025/NĐ-CP).
import { z } from "zod";
import { startPause } from "../pauses.ts";
import { feeInput } from "../schemas.ts";
import type { ActionDef } from "./context.ts";

const body = z
  .object({ fees: z.array(feeInput).min(1).max(50), note: z.string().trim().max(2000).optional() })
  .strict();

export const requestPayment: ActionDef<z.infer<typeof body>> = {
  body,
  async apply(ctx, d, b) {
    const pauses = (await ctx.procedure(d)).pauseWhileFeesDue === true;
    if (pauses) await startPause(ctx.tx, d, "payment", ctx.now);
    return {
      after: { ...d, state: "payment-requested", status: 6, resumeState: d.state, fees: b.fees },
      events: [
        {
          type: "payment-requested",
          at: ctx.now,
          data: { fees: b.fees, note: b.note ?? null, clockPaused: pauses },
        },
      ],
      audit: "dossier.payment_requested",
      details: { clockPaused: pauses },
    };
  },
};
