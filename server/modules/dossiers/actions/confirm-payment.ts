// Payment received: handling resumes. paidOnline: 0 at the counter or by transfer, 1 on the
// national portal, 2 on the province's payment gateway [DuocThanhToanTrucTuyen].
import { z } from "zod";
import type { ActionDef } from "./context.ts";

const body = z
  .object({ paidOnline: z.literal([0, 1, 2]), receipt: z.string().trim().max(200).optional() })
  .strict();

export const confirmPayment: ActionDef<z.infer<typeof body>> = {
  body,
  async apply(ctx, d, b) {
    return {
      after: {
        ...d,
        state: d.resumeState ?? "handling",
        status: 4,
        resumeState: null,
        paidOnline: b.paidOnline,
      },
      events: [
        {
          type: "payment-confirmed",
          at: ctx.now,
          data: { paidOnline: b.paidOnline, receipt: b.receipt ?? null },
        },
      ],
      audit: "dossier.payment_confirmed",
    };
  },
};
