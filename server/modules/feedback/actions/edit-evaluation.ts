// Edits a dossier's evaluation within its window (DEFAULT_EDIT_WINDOW, configurable); audited
// with the values before and after.
import { record } from "../../audit/index.ts";
import type { Actor } from "../../identity/index.ts";
import type { FeedbackContext } from "../deps.ts";
import { dossierNotFound, evaluationLocked, noEvaluation } from "../errors.ts";
import { totalOf } from "../evaluations/criteria.ts";
import { evaluatorOf } from "../evaluations/evaluator.ts";
import {
  type Evaluation,
  type EvaluationInput,
  findEvaluation,
  updateEvaluation,
} from "../evaluations/store.ts";

export async function editEvaluation(
  ctx: FeedbackContext,
  actor: Actor,
  dossierCode: string,
  input: EvaluationInput,
  secret?: string,
): Promise<Evaluation> {
  // One transaction: the dossier and the evaluator are checked on what the change is made on.
  return ctx.db.transaction(async (tx) => {
    const d = await ctx.dossiers(tx, dossierCode);
    if (!d) throw dossierNotFound(dossierCode);
    const via = evaluatorOf(actor, d, secret, (await ctx.agencies.tree(tx)).subtreeOf);
    const now = ctx.clock.now();
    const before = await findEvaluation(tx, d.code, true);
    if (!before) throw noEvaluation(d.code);
    if (now.getTime() > before.editableUntil.getTime())
      throw evaluationLocked(d.code, before.editableUntil);
    const after = await updateEvaluation(tx, before.id, input, totalOf(input.scores), now);
    await record(tx, actor, now, {
      action: "evaluation.edited",
      subjectType: "dossier",
      subjectId: d.code,
      agencyCode: d.agencyCode,
      details: {
        via,
        before: {
          scores: before.scores,
          total: before.total,
          convenience: before.convenience,
          overall: before.overall,
          reaction: before.reaction,
        },
        after: {
          scores: after.scores,
          total: after.total,
          convenience: after.convenience,
          overall: after.overall,
          reaction: after.reaction,
        },
      },
    });
    return after;
  });
}
