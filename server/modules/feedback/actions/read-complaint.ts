// Reads a complaint: its complainant with the secret, or an officer of the responsible agency
// (the complainant's personal data is shown, so the read is audited).
import { record } from "../../audit/index.ts";
import { type Actor, authorize } from "../../identity/index.ts";
import { complaintFor } from "../complaints/complainant.ts";
import { findComplaint } from "../complaints/store.ts";
import { complaintStaffView, complaintView } from "../complaints/view.ts";
import type { FeedbackContext } from "../deps.ts";
import { complaintNotFound, officeOnly } from "../errors.ts";

export async function lookUpComplaint(ctx: FeedbackContext, code: string, secret: string) {
  return complaintView(await complaintFor(ctx.db, code, secret), ctx.clock.now());
}

export async function readComplaint(ctx: FeedbackContext, actor: Actor, code: string) {
  const tree = await ctx.agencies.tree();
  return ctx.db.transaction(async (tx) => {
    const c = await findComplaint(tx, code);
    if (!c) throw complaintNotFound(code);
    const scope = authorize(actor, "complaint.handle", tree.subtreeOf, c.agencyCode ?? undefined);
    // A complaint not yet routed is the provincial office's alone.
    if (!c.agencyCode && !scope.all) throw officeOnly(c.code);
    const now = ctx.clock.now();
    await record(tx, actor, now, {
      action: "personal_data.read",
      subjectType: "complaint",
      subjectId: c.code,
      agencyCode: c.agencyCode,
      details: { fields: ["complainant"] },
    });
    return complaintStaffView(c, now);
  });
}
