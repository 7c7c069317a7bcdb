// Receives a complaint or petition from anyone, about a dossier or not; routes it to the
// dossier's agency, or to the agency the complainant names (the provincial office may re-route).
import { record } from "../../audit/index.ts";
import type { Actor } from "../../identity/index.ts";
import { createComplaint, type NewComplaint } from "../complaints/create.ts";
import type { FeedbackContext } from "../deps.ts";
import { noDossier, unknownAgency } from "../errors.ts";

export type ComplaintSubmission = Omit<
  NewComplaint,
  "parentCode" | "dossierCode" | "agencyCode" | "title"
> & { dossierCode?: string; agencyCode?: string; title?: string };

export async function submitComplaint(ctx: FeedbackContext, actor: Actor, s: ComplaintSubmission) {
  // One transaction: the agency the complaint is routed to is read where it is created.
  return ctx.db.transaction(async (tx) => {
    let agencyCode = s.agencyCode ?? null;
    if (s.dossierCode) {
      const d = await ctx.dossiers(tx, s.dossierCode);
      if (!d) throw noDossier(s.dossierCode);
      agencyCode = d.agencyCode;
    } else if (agencyCode && !(await ctx.agencies.tree(tx)).byCode.has(agencyCode))
      throw unknownAgency(agencyCode);
    const now = ctx.clock.now();
    const out = await createComplaint(
      ctx,
      tx,
      { ...s, title: s.title ?? null, dossierCode: s.dossierCode ?? null, agencyCode },
      now,
    );
    await record(tx, actor, now, {
      action: "complaint.received",
      subjectType: "complaint",
      subjectId: out.code,
      agencyCode,
      details: { dossierCode: s.dossierCode ?? null, class: s.class },
    });
    return { ...out, agencyCode, receivedAt: now };
  });
}
