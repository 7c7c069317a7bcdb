// Reads a dossier's evaluation: its evaluator (applicant, secret holder, counter officer) or staff
// allowed to read evaluations of the dossier's agency or receiving unit.
import { type Actor, inScope, scopeFor } from "../../identity/index.ts";
import type { FeedbackContext } from "../deps.ts";
import { dossierNotFound, noEvaluation } from "../errors.ts";
import { evaluatorOf } from "../evaluations/evaluator.ts";
import { type Evaluation, findEvaluation } from "../evaluations/store.ts";

export async function readEvaluation(
  ctx: FeedbackContext,
  actor: Actor,
  dossierCode: string,
  secret?: string,
): Promise<Evaluation> {
  const d = await ctx.dossiers(ctx.db, dossierCode);
  if (!d) throw dossierNotFound(dossierCode);
  const { subtreeOf } = await ctx.agencies.tree();
  const reader = actor.kind === "user" ? scopeFor(actor, "evaluation.read", subtreeOf) : null;
  const staff = reader && (inScope(reader, d.agencyCode) || inScope(reader, d.receivingUnit));
  if (!staff) evaluatorOf(actor, d, secret, subtreeOf);
  const e = await findEvaluation(ctx.db, d.code);
  if (!e) throw noEvaluation(d.code);
  return e;
}
