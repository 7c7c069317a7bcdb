// Payment received: handling resumes. paidOnline: 0 at the counter or by transfer, 1 on the
// national portal, 2 on the province's payment gateway [DuocThanhToanTrucTuyen]. A clock paused
// for the fees (where the procedure says so) runs again; the appointment moves later. Fees owed
// when the result is ready (paid on collection) are confirmed at the counter before it is returned.
import { ACTION_BODIES, type ActionBody } from "../../../../shared/contracts/dossier-actions.ts";
import { feesOwed, nothingOwed } from "../fees-due.ts";
import { resumeClock } from "../pauses.ts";
import type { ActionDef } from "./context.ts";

export const confirmPayment: ActionDef<ActionBody<"confirm-payment">> = {
  body: ACTION_BODIES["confirm-payment"],
  async apply(ctx, d, b) {
    if (d.state === "handled") {
      if ((await feesOwed(ctx.tx, d)) === 0) throw nothingOwed(d.code);
      return {
        after: { ...d, paidOnline: b.paidOnline },
        events: [
          {
            type: "payment-confirmed",
            at: ctx.now,
            data: { paidOnline: b.paidOnline, receipt: b.receipt ?? null },
          },
        ],
        audit: "dossier.payment_confirmed",
      };
    }
    const clock = await resumeClock(ctx.tx, d, ctx.now, await ctx.calendar(d));
    return {
      after: {
        ...d,
        state: d.resumeState ?? "handling",
        status: 4,
        resumeState: null,
        paidOnline: b.paidOnline,
        dueAt: clock.dueAt,
        pausedMinutes: d.pausedMinutes + clock.minutes,
      },
      events: [
        {
          type: "payment-confirmed",
          at: ctx.now,
          data: {
            paidOnline: b.paidOnline,
            receipt: b.receipt ?? null,
            ...(clock.minutes
              ? {
                  pausedWorkingMinutes: clock.minutes,
                  previousDueAt: d.dueAt?.toISOString() ?? null,
                  dueAt: clock.dueAt?.toISOString() ?? null,
                }
              : {}),
          },
        },
      ],
      audit: "dossier.payment_confirmed",
    };
  },
};
