// Re-routing a misrouted dossier to the competent agency, with the reason, as an audited event.
// Before reception: the applicant (or the portal) sent it to an agency that does not handle it for
// them; the counter sends it on. After reception: the agency it was routed to sent it back
// (return-misrouted.ts) and the receiving unit routes it again; the first handling step opens at
// the competent agency, to a person of its list when one is picked. The dossier keeps its code,
// its receiving unit and its appointment (Decree 118/2025/NĐ-CP: reception routes the dossier to
// the competent agency; Circular 03/2025/TT-VPCP: the code never changes).
import { ACTION_BODIES, type ActionBody } from "../../../../shared/contracts/dossier-actions.ts";
import { badInput } from "../../../platform/errors.ts";
import { firstHandlingStep, resolveAssignee } from "../assignment.ts";
import { mayRerouteReceived, notYours } from "../misrouted.ts";
import { competentAgency } from "../routing.ts";
import { APPROVER_ROLES, actorLabel, closeStep, openStep } from "../steps.ts";
import type { ActionDef } from "./context.ts";

export const reroute: ActionDef<ActionBody<"reroute">> = {
  body: ACTION_BODIES.reroute,
  async apply(ctx, d, b) {
    const received = d.state === "misrouted";
    if (received && !mayRerouteReceived(ctx.actor, ctx.tree.subtreeOf, d))
      throw notYours(d, "reception");
    const proc = await ctx.procedure(d);
    const to = competentAgency(proc, b.agency, ctx.tree);
    if (to === d.agencyCode)
      throw badInput(
        "dossiers.same_agency",
        "agency",
        `hồ sơ đã thuộc đơn vị ${to}`,
        `the dossier is already with ${to}`,
      );
    const moved = { ...d, agencyCode: to };
    const data = { from: d.agencyCode, to, reason: b.reason };
    const first = received ? firstHandlingStep(proc) : null;
    if (!received || first === null)
      return {
        after: moved,
        events: [{ type: "rerouted", at: ctx.now, data }],
        audit: "dossier.rerouted",
        details: { from: d.agencyCode, to },
      };
    const who = await resolveAssignee(ctx.tx, ctx.tree, moved, proc, first, b.assignee);
    await closeStep(ctx.tx, d, ctx.now, ctx.actor, b.reason);
    const cal = await ctx.calendar(moved);
    const s = await openStep(ctx.tx, moved, proc, first, ctx.now, cal, actorLabel(ctx.actor), who);
    return {
      after: {
        ...moved,
        state: APPROVER_ROLES.has(s.role) ? "approval" : "handling",
        currentStep: first,
      },
      events: [
        {
          type: "rerouted",
          at: ctx.now,
          data: {
            ...data,
            afterReception: true,
            step: first,
            name: s.name,
            dueAt: s.dueAt.toISOString(),
            assignee: who.name,
            assigneeId: who.id,
          },
        },
      ],
      audit: "dossier.rerouted",
      details: { from: d.agencyCode, to, afterReception: true },
    };
  },
};
