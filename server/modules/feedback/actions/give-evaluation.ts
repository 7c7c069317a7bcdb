// Gives the one evaluation of a dossier, once its result is returned (status 10); audited.
import { record } from "../../audit/index.ts";
import type { Actor } from "../../identity/index.ts";
import type { FeedbackContext } from "../deps.ts";
import { alreadyEvaluated, dossierNotFound, notReturned } from "../errors.ts";
import { totalOf } from "../evaluations/criteria.ts";
import { evaluatorOf } from "../evaluations/evaluator.ts";
import {
  type Evaluation,
  type EvaluationInput,
  findEvaluation,
  insertEvaluation,
} from "../evaluations/store.ts";
import { editableUntil } from "../evaluations/window.ts";

const RETURNED = 10;

export async function giveEvaluation(
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
    if (d.status !== RETURNED) throw notReturned(d.code, d.status);
    const now = ctx.clock.now();
    const existing = await findEvaluation(tx, d.code);
    if (existing) throw alreadyEvaluated(d.code, existing.editableUntil);
    const cal = await ctx.calendarFor(tx, d.agencyCode);
    const total = totalOf(input.scores);
    const e = await insertEvaluation(
      tx,
      {
        ...input,
        dossierCode: d.code,
        agencyCode: d.agencyCode,
        receivingUnit: d.receivingUnit,
        total,
        via,
        byUserId: via === "secret" ? null : actor.userId,
        byName: via === "secret" ? "Người nộp hồ sơ (mã tra cứu)" : actor.fullName,
        createdAt: now,
        editableUntil: editableUntil(now, ctx.options.editWindow, cal),
      },
      d.officers,
    );
    if (!e) {
      const winner = await findEvaluation(tx, d.code);
      throw alreadyEvaluated(d.code, winner?.editableUntil ?? now);
    }
    await record(tx, actor, now, {
      action: "evaluation.given",
      subjectType: "dossier",
      subjectId: d.code,
      agencyCode: d.agencyCode,
      details: {
        via,
        total,
        band: e.band,
        scores: input.scores,
        convenience: input.convenience,
        overall: input.overall,
        reaction: input.reaction,
      },
    });
    return e;
  });
}
