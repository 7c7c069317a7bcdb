// Fees or taxes to pay before the result (status 6). By default the clock runs on; a procedure
// that says so (land procedures waiting for the tax to be paid) pauses it until the payment is
// confirmed, and the appointment then moves later by the working time paused (calendar.md,
// "Pauses"; Decree 118/2025/NĐ-CP).
import { ACTION_BODIES, type ActionBody } from "../../../../shared/contracts/dossier-actions.ts";
import { startPause } from "../pauses.ts";
import type { ActionDef } from "./context.ts";

export const requestPayment: ActionDef<ActionBody<"request-payment">> = {
  body: ACTION_BODIES["request-payment"],
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
