// Runs one action on a dossier: visibility and policy, optimistic version, state machine, the
// use case, its form, and the commit — all in one transaction.
import { z } from "zod";
import type { Sql } from "../../platform/db.ts";
import { AppError, type Messages } from "../../platform/errors.ts";
import { parseWith } from "../../platform/http.ts";
import type { AuditEntry } from "../audit/index.ts";
import { type Actor, headOf } from "../identity/index.ts";
import { ensureMay, ensureVisible, ensureVisibleFresh } from "./access.ts";
import { type ActionCtx, makeCtx, type Outcome, preload } from "./actions/context.ts";
import { ACTION_DEFS } from "./actions/index.ts";
import { checkVersion, commit } from "./commit.ts";
import { FORM_BUILDERS } from "./forms.ts";
import type { DossierDeps } from "./ports.ts";
import { checkTransition, type DossierAction, RULES } from "./rules.ts";
import { dossierNotFound, findDossier, getDossier, listSteps } from "./store.ts";
import type { Dossier } from "./types.ts";

const versionField = z.object({ version: z.number().int().positive() });

export interface ActionResult {
  dossier: Dossier;
  warning?: Messages;
}

/** What is checked before an action's own body is read: who may see and act on the dossier, its
 * version, and whether the action is open from its state (404/403, 400 on the version, 409). */
async function checkBeforeBody(
  sql: Sql,
  actor: Actor,
  tree: ActionCtx["tree"],
  d: Dossier,
  action: DossierAction,
  raw: unknown,
  fresh = false,
) {
  const policy = RULES[action].policy;
  // A dossier created in this transaction has no hand-overs yet: its agencies are its own two.
  const agencies = fresh
    ? ensureVisibleFresh(actor, tree.subtreeOf, d, policy)
    : await ensureVisible(sql, actor, tree.subtreeOf, d, policy);
  ensureMay(actor, tree.subtreeOf, agencies, policy, d.code);
  const { version, ...rest } = parseWith(versionField.passthrough(), raw, "body") as {
    version: number;
  };
  checkVersion(d, version);
  return { rule: checkTransition(d.state, action, d.code), rest };
}

/** The checks of an action on the stored dossier, before its body is parsed: a caller who may
 * not act learns nothing about the input the action takes. */
export async function precheckAction(
  deps: DossierDeps,
  actor: Actor,
  code: string,
  action: DossierAction,
  raw: unknown,
): Promise<void> {
  const d = await getDossier(deps.db, code);
  await checkBeforeBody(deps.db, actor, await deps.agencies.tree(), d, action, raw);
}

/** Applies `action` to the dossier inside `tx` (used by the API and by counter intake). */
export async function applyAction(
  ctx: ActionCtx,
  d: Dossier,
  action: DossierAction,
  raw: unknown,
): Promise<ActionResult> {
  const def = ACTION_DEFS[action];
  const { rule, rest } = await checkBeforeBody(
    ctx.tx,
    ctx.actor,
    ctx.tree,
    d,
    action,
    raw,
    !!ctx.held,
  );
  const body = parseWith(def.body, rest, "body");
  const out: Outcome = await def.apply(ctx, d, body);
  if (!rule.to.includes(out.after.state))
    throw new AppError("dossiers.rule_violation", "internal", {
      vi: `Thao tác ${action} dẫn tới trạng thái không hợp lệ ${out.after.state}.`,
      en: `Action ${action} led to an invalid state ${out.after.state}.`,
    });
  if (out.form) await issueForm(ctx, out);
  const dossier = await commit(
    ctx.tx,
    ctx.actor,
    ctx.now,
    ctx.deps.projectors ?? [],
    { before: d, after: out.after, events: out.events, audit: out.audit, details: out.details },
    { held: ctx.held, audits: ctx.audits },
  );
  return { dossier, ...(out.warning ? { warning: out.warning } : {}) };
}

async function issueForm(ctx: ActionCtx, out: Outcome): Promise<void> {
  const forms = ctx.deps.forms;
  if (!forms || !out.form) return;
  const tree = ctx.tree;
  const proc = await ctx.procedure(out.after);
  const steps = out.form === "06" ? await listSteps(ctx.tx, out.after.id) : undefined;
  // A stop or a refusal during handling is signed by the competent head, not whoever clicked.
  const head =
    out.form === "05" || out.form === "03" ? await headOf(ctx.tx, out.after.agencyCode) : null;
  const data = FORM_BUILDERS[out.form]({
    head,
    d: out.after,
    proc,
    tree,
    actor: ctx.actor,
    now: ctx.now,
    events: out.events,
    steps,
  });
  const stored = await forms.render(ctx.tx, out.form, data);
  if (stored)
    out.events.push({
      type: "form-issued",
      at: ctx.now,
      data: { form: out.form, sha256: stored.sha256 },
    });
}

/** A change made inside a command's transaction (server/platform/command.ts): the command's
 * clock reading, and the collector of the audit records it writes after the change. */
export interface InCommand {
  tx: Sql;
  now: Date;
  audits: AuditEntry[];
}

/** Applies `action` inside a command (the API's action routes): reads, change and the collected
 * audit records all in the command's one transaction. */
export async function runActionInCommand(
  deps: DossierDeps,
  cmd: InCommand,
  actor: Actor,
  code: string,
  action: DossierAction,
  raw: unknown,
): Promise<ActionResult> {
  const d = await getDossier(cmd.tx, code);
  const pre = await preload(deps, d.agencyCode, undefined, cmd.tx);
  const ctx = { ...makeCtx(cmd.tx, actor, cmd.now, deps, pre), audits: cmd.audits };
  return applyAction(ctx, d, action, raw);
}

/** Applies `action` in its own transaction (the demo's live dossiers, tests). */
export async function runAction(
  deps: DossierDeps,
  actor: Actor,
  code: string,
  action: DossierAction,
  raw: unknown,
): Promise<ActionResult> {
  const now = deps.clock.now();
  const found = await findDossier(deps.db, code);
  if (!found) throw dossierNotFound(code);
  const pre = await preload(deps, found.agencyCode);
  return deps.db.transaction(async (tx: Sql) => {
    const d = await getDossier(tx, code);
    return applyAction(makeCtx(tx, actor, now, deps, pre), d, action, raw);
  });
}
