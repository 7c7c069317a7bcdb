// The agency a received dossier was routed to finds it is not within its competence: its leader
// sends it back, with the reason, to the receiving unit (the One-Stop Unit), which routes it to
// the competent agency (reroute.ts). Decree 118/2025/NĐ-CP: the One-Stop Unit receives and routes
// dossiers to the competent agency; the appointment given at reception stands and the clock keeps
// running (docs/rules/rerouting-after-reception.md).
import { ACTION_BODIES, type ActionBody } from "../../../../shared/contracts/dossier-actions.ts";
import { chargeToReception, mayReturnMisrouted, notYours, openRerouteStep } from "../misrouted.ts";
import { actorLabel, closeStep } from "../steps.ts";
import type { ActionDef } from "./context.ts";

export const returnMisrouted: ActionDef<ActionBody<"return-misrouted">> = {
  body: ACTION_BODIES["return-misrouted"],
  async apply(ctx, d, b) {
    if (!mayReturnMisrouted(ctx.actor, ctx.tree.subtreeOf, d)) throw notYours(d, "leader");
    const proc = await ctx.procedure(d);
    const closed = await closeStep(ctx.tx, d, ctx.now, ctx.actor, b.reason);
    await chargeToReception(ctx.tx, d);
    const cal = await ctx.calendar(d);
    const by = actorLabel(ctx.actor);
    const dueAt = await openRerouteStep(ctx.tx, d, proc, ctx.now, cal, by, b.reason);
    return {
      after: { ...d, state: "misrouted", currentStep: null },
      events: [
        {
          type: "returned-misrouted",
          at: ctx.now,
          data: {
            from: d.agencyCode,
            to: d.receivingUnit,
            step: closed?.stepIndex ?? null,
            reason: b.reason,
            // The time lost is the receiving side's (docs/rules/rerouting-after-reception.md).
            chargedTo: d.receivingUnit,
            dueAt: dueAt.toISOString(),
          },
        },
      ],
      audit: "dossier.returned_misrouted",
      details: { from: d.agencyCode, to: d.receivingUnit },
    };
  },
};
