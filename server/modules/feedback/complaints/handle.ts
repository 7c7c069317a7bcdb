// The frame of every officer action on a complaint: authorise on the responsible agency, check the
// transition, change, save and audit in one transaction.
import type { Sql } from "../../../platform/db.ts";
import { record } from "../../audit/index.ts";
import { type Actor, type AgencyTree, authorize, type Scope } from "../../identity/index.ts";
import type { FeedbackContext } from "../deps.ts";
import { complaintNotFound, notRouted, officeOnly } from "../errors.ts";
import { type ComplaintAction, nextState } from "./states.ts";
import { findComplaint, saveComplaint } from "./store.ts";
import type { Complaint } from "./types.ts";

export interface HandleStep {
  tx: Sql;
  c: Complaint;
  now: Date;
  scope: Scope;
  tree: AgencyTree;
}

/** Runs `change` on the complaint; it may return audit details. */
export async function handleComplaint(
  ctx: FeedbackContext,
  actor: Actor,
  code: string,
  action: ComplaintAction,
  change: (s: HandleStep) => Promise<Record<string, unknown> | undefined>,
): Promise<Complaint> {
  const tree = await ctx.agencies.tree();
  return ctx.db.transaction(async (tx) => {
    const c = await findComplaint(tx, code, true);
    if (!c) throw complaintNotFound(code);
    // An unrouted complaint is the provincial office's (scope "all"); classify routes it.
    const scope = authorize(actor, "complaint.handle", tree.subtreeOf, c.agencyCode ?? undefined);
    if (!c.agencyCode && !scope.all) throw officeOnly(c.code);
    if (!c.agencyCode && action !== "classify") throw notRouted(c.code);
    const to = nextState(c.code, c.state, action);
    const now = ctx.clock.now();
    const from = c.state;
    const details = await change({ tx, c, now, scope, tree });
    c.state = to;
    c.updatedAt = now;
    await saveComplaint(tx, c);
    await record(tx, actor, now, {
      action: `complaint.${action}`,
      subjectType: "complaint",
      subjectId: c.code,
      agencyCode: c.agencyCode,
      details: { from, to, ...details },
    });
    return c;
  });
}
