// The frame of every officer action on a complaint, run inside the command's transaction:
// authorise on the responsible agency, check the transition, change and save; the audit record is
// returned for the command to write.
import type { AuditRecord } from "../../../platform/command.ts";
import type { Sql } from "../../../platform/db.ts";
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

/** What the command gives an officer's action: its transaction, the officer and the moment. */
export interface OfficerStep {
  tx: Sql;
  actor: Actor;
  now: Date;
}

/** Runs `change` on the complaint (it may return audit details); answers the complaint and its
 * audit record. */
export async function handleComplaint(
  ctx: FeedbackContext,
  { tx, actor, now }: OfficerStep,
  code: string,
  action: ComplaintAction,
  change: (s: HandleStep) => Promise<Record<string, unknown> | undefined>,
): Promise<{ answer: Complaint; audit: AuditRecord }> {
  const tree = await ctx.agencies.tree(tx);
  const c = await findComplaint(tx, code, true);
  if (!c) throw complaintNotFound(code);
  // An unrouted complaint is the provincial office's (scope "all"); classify routes it.
  const scope = authorize(actor, "complaint.handle", tree.subtreeOf, c.agencyCode ?? undefined);
  if (!c.agencyCode && !scope.all) throw officeOnly(c.code);
  if (!c.agencyCode && action !== "classify") throw notRouted(c.code);
  const to = nextState(c.code, c.state, action);
  const from = c.state;
  const details = await change({ tx, c, now, scope, tree });
  c.state = to;
  c.updatedAt = now;
  await saveComplaint(tx, c);
  return {
    answer: c,
    audit: {
      action: `complaint.${action}`,
      subjectType: "complaint",
      subjectId: c.code,
      agencyCode: c.agencyCode,
      details: { from, to, ...details },
    },
  };
}
