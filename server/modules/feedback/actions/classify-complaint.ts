// Classifies a complaint (regulations/procedures or staff behaviour) and routes it: the dossier's
// agency by default; only the provincial office (scope "all") chooses or changes the agency.
import { handleComplaint, type OfficerStep } from "../complaints/handle.ts";
import { receiptDues } from "../complaints/limits.ts";
import { setStepDue } from "../complaints/store.ts";
import type { ComplaintClass } from "../complaints/types.ts";
import type { FeedbackContext } from "../deps.ts";
import { notRouted, rerouteForbidden, unknownAgency } from "../errors.ts";

export function classifyComplaint(
  ctx: FeedbackContext,
  step: OfficerStep,
  code: string,
  b: { class: ComplaintClass; agencyCode?: string },
) {
  return handleComplaint(ctx, step, code, "classify", async ({ tx, c, now, scope, tree }) => {
    const target = b.agencyCode ?? c.agencyCode;
    if (!target) throw notRouted(c.code);
    const rerouted = target !== c.agencyCode;
    if (rerouted && !scope.all) throw rerouteForbidden(c.code);
    if (!tree.byCode.has(target)) throw unknownAgency(target);
    const before = { class: c.class, agencyCode: c.agencyCode };
    c.class = b.class;
    c.classifiedAt = now;
    c.agencyCode = target;
    if (rerouted) {
      // The due moments still count from receipt, over the new agency's calendar.
      const dues = receiptDues(c.receivedAt, await ctx.calendarFor(tx, target), ctx.options.limits);
      for (const [step, due] of Object.entries(dues))
        await setStepDue(tx, c.id, step as keyof typeof dues, due);
    }
    return { before, class: b.class, agencyCode: target };
  });
}
