// The frame of the complainant's own actions (with the complaint's look-up secret): check the
// secret and the transition, change, save and audit in one transaction.
import type { Sql } from "../../../platform/db.ts";
import { record } from "../../audit/index.ts";
import type { Actor } from "../../identity/index.ts";
import type { FeedbackContext } from "../deps.ts";
import { badSecret, complaintNotFound } from "../errors.ts";
import { secretMatches } from "../secrets.ts";
import { type ComplaintAction, nextState } from "./states.ts";
import { findComplaint, saveComplaint } from "./store.ts";
import type { Complaint } from "./types.ts";

/** Loads a complaint for its complainant; 404 when unknown, 403 when the secret is wrong. */
export async function complaintFor(
  sql: Sql,
  code: string,
  secret: string,
  forUpdate = false,
): Promise<Complaint> {
  const c = await findComplaint(sql, code, forUpdate);
  if (!c) throw complaintNotFound(code);
  if (!secretMatches(secret, { hash: c.secretHash }))
    throw badSecret(`phản ánh ${code} / complaint ${code}`);
  return c;
}

export function asComplainant<T>(
  ctx: FeedbackContext,
  actor: Actor,
  code: string,
  secret: string,
  action: ComplaintAction,
  change: (s: {
    tx: Sql;
    c: Complaint;
    now: Date;
  }) => Promise<{ details: Record<string, unknown>; out: T }>,
): Promise<{ complaint: Complaint; out: T }> {
  return ctx.db.transaction(async (tx) => {
    const c = await complaintFor(tx, code, secret, true);
    const to = nextState(c.code, c.state, action);
    const now = ctx.clock.now();
    const from = c.state;
    const { details, out } = await change({ tx, c, now });
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
    return { complaint: c, out };
  });
}
