// The complainant rates the published answer (like / dislike; may change it) and may raise the
// matter again as unsatisfied, which opens a new complaint linked to this one (Decision 766/QĐ-TTg,
// indicator 5.3 counts both).
import type { Actor } from "../../identity/index.ts";
import { asComplainant } from "../complaints/complainant.ts";
import { createComplaint } from "../complaints/create.ts";
import type { FeedbackContext } from "../deps.ts";
import type { Reaction } from "../evaluations/criteria.ts";

export interface Rating {
  secret: string;
  reaction: Reaction;
  raiseAgain?: { content: string; title?: string };
}

export async function rateAnswer(ctx: FeedbackContext, actor: Actor, code: string, b: Rating) {
  const r = await asComplainant(ctx, actor, code, b.secret, "rate", async ({ tx, c, now }) => {
    if (c.complainantReaction === "like") c.likes--;
    if (c.complainantReaction === "dislike") c.dislikes--;
    c.complainantReaction = b.reaction;
    if (b.reaction === "like") c.likes++;
    else c.dislikes++;
    // Dated, so 5.3 of a past period reads the reaction as it stood then (migration 0191).
    await tx.query(
      "INSERT INTO complaint_reactions (complaint_id, at, reaction) VALUES ($1, $2, $3)",
      [c.id, now, b.reaction],
    );
    if (!b.raiseAgain) return { details: { reaction: b.reaction }, out: null };
    c.raisedAgainUnsatisfied = true;
    const again = await createComplaint(
      ctx,
      tx,
      {
        dossierCode: c.dossierCode,
        agencyCode: c.agencyCode,
        class: c.class,
        title: b.raiseAgain.title ?? c.title,
        content: b.raiseAgain.content,
        complainant: c.complainant,
        parentCode: c.code,
      },
      now,
    );
    return { details: { reaction: b.reaction, raisedAgainAs: again.code }, out: again };
  });
  return { complaint: r.complaint, raisedAgain: r.out };
}
