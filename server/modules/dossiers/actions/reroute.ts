// Re-routing a misrouted dossier before it is received: the applicant (or the portal) sent it to
// an agency that does not handle it for them (another commune, the wrong department); the counter
// sends it on to the competent agency with the reason, as an audited event. The dossier keeps its
// code and its receiving unit (Decree 118/2025/NĐ-CP: reception routes the dossier to the
// competent agency; Circular 03/2025/TT-VPCP: the code never changes).
import { z } from "zod";
import { badInput } from "../../../platform/errors.ts";
import { competentAgency } from "../routing.ts";
import type { ActionDef } from "./context.ts";

const body = z
  .object({
    agency: z.string().trim().min(1).max(40),
    reason: z.string().trim().min(5).max(2000),
  })
  .strict();

export const reroute: ActionDef<z.infer<typeof body>> = {
  body,
  async apply(ctx, d, b) {
    const proc = await ctx.procedure(d);
    const to = competentAgency(proc, b.agency, ctx.tree);
    if (to === d.agencyCode)
      throw badInput(
        "dossiers.same_agency",
        "agency",
        `hồ sơ đã thuộc đơn vị ${to}`,
        `the dossier is already with ${to}`,
      );
    return {
      after: { ...d, agencyCode: to },
      events: [
        { type: "rerouted", at: ctx.now, data: { from: d.agencyCode, to, reason: b.reason } },
      ],
      audit: "dossier.rerouted",
      details: { from: d.agencyCode, to },
    };
  },
};
