// What the late-dossier routes share: the dossier found within the actor's reach (a read, or a
// command's transaction), and the conflicts both use cases answer.
import type { AuditRecord } from "../../platform/command.ts";
import type { Sql } from "../../platform/db.ts";
import { AppError, conflict } from "../../platform/errors.ts";
import { type Dossier, findDossier } from "../dossiers/index.ts";
import {
  type Action,
  type Actor,
  authorize,
  inScope,
  type Scope,
  scopeFor,
} from "../identity/index.ts";
import type { AccountabilityDeps } from "./deps.ts";
import type { Explanation } from "./explanations.ts";

/** What the command helper gives a late-dossier action: its transaction, the actor, the scope the
 * policy granted for the route's action, and the moment. */
export interface LateStep {
  tx: Sql;
  actor: Actor;
  scope: Scope;
  now: Date;
}

/** A late-dossier action's answer and the audit record the command writes after it. */
export interface LateOutcome {
  answer: Explanation;
  audit: AuditRecord;
}

const missing = (code: string) =>
  new AppError("accountability.dossier_not_found", "not_found", {
    vi: `Không tìm thấy hồ sơ ${code}.`,
    en: `No dossier ${code}.`,
  });

/** Within reach: the dossier's agency or its receiving unit lies in the scope (a dossier outside
 * is not disclosed: 404, as for one that does not exist). */
const reaches = (scopes: Scope[], d: Dossier) =>
  scopes.some((s) => inScope(s, d.agencyCode) || inScope(s, d.receivingUnit));

/** The dossier, if the actor holds one of `actions` over its agency (404 otherwise). For reads. */
export async function dossierFor(
  deps: AccountabilityDeps,
  actor: Actor,
  code: string,
  actions: Action[],
) {
  const tree = await deps.agencies.tree();
  authorize(actor, actions[0], tree.subtreeOf);
  const d = await findDossier(deps.db, code);
  if (!d) throw missing(code);
  const scopes = actions.map((a) => scopeFor(actor, a, tree.subtreeOf));
  if (!reaches(scopes, d) && actor.kind !== "system") throw missing(code);
  return { d, tree };
}

/** The dossier, read in the command's transaction, if the scope the policy granted for the
 * command's action reaches it (404 otherwise): the same check as `dossierFor`'s. */
export async function dossierInScope(
  deps: AccountabilityDeps,
  { tx, actor, scope }: LateStep,
  code: string,
) {
  const tree = await deps.agencies.tree(tx);
  const d = await findDossier(tx, code);
  if (!d) throw missing(code);
  if (!reaches([scope], d) && actor.kind !== "system") throw missing(code);
  return { d, tree };
}

export function notReceived(d: Dossier) {
  return conflict("accountability.not_received", {
    vi: `Hồ sơ ${d.code} chưa được tiếp nhận, chưa có ngày hẹn trả: không có gì để giải trình.`,
    en: `Dossier ${d.code} has not been received and has no appointment: nothing to explain.`,
  });
}

export function stale(code: string, given: number, current: number) {
  return conflict(
    "accountability.stale_explanation",
    {
      vi: `Báo cáo giải trình của hồ sơ ${code} đã được sửa (phiên bản ${current}, bạn gửi ${given}). Hãy tải lại rồi ký.`,
      en: `The explanation of dossier ${code} changed (version ${current}, you sent ${given}). Reload it, then sign.`,
    },
    { currentVersion: current },
  );
}
