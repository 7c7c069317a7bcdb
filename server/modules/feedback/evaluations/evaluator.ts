// Who may give or edit a dossier's evaluation: the applicant signed in (the account that submitted
// it online), anyone holding the dossier's look-up secret, or a reception officer of the receiving
// unit on the applicant's behalf (a tablet at the counter).
import { type Actor, authorize, type SubtreeOf } from "../../identity/index.ts";
import type { DossierFacts } from "../deps.ts";
import { badSecret, notEvaluator } from "../errors.ts";
import { secretMatches } from "../secrets.ts";
import type { Via } from "./store.ts";

export function evaluatorOf(
  actor: Actor,
  d: DossierFacts,
  secret: string | undefined,
  subtreeOf: SubtreeOf,
): Via {
  if (secret !== undefined) {
    if (!secretMatches(secret, { plain: d.secret }))
      throw badSecret(`hồ sơ ${d.code} / dossier ${d.code}`);
    return "secret";
  }
  if (actor.kind !== "user") throw notEvaluator(d.code);
  if (d.applicantUserId && actor.userId === d.applicantUserId) return "applicant";
  if (!actor.grants.some((g) => g.role !== "applicant")) throw notEvaluator(d.code);
  // Returning results is the counter's action; the same officers evaluate on the applicant's behalf.
  authorize(actor, "dossier.return", subtreeOf, d.receivingUnit);
  return "counter";
}
