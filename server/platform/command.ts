// Commands: the one way a route changes state. The route declares its policy action, where the
// agency it acts on is found, and its body and response schemas; the helper runs
//   authenticate → authorize (any of its actions) → a file body read → ONE transaction (the
//   change, then its audit records)
//   → after-commit jobs (cache invalidation, files, outbox kicks), only once committed.
// The platform knows no module: who is signed in, the policy and the audit log are ports that the
// composition root (server/system.ts) plugs in.
import type { z } from "zod";
import type { Clock } from "./clock.ts";
import type { Db, Sql } from "./db.ts";
import type { Api, Ctx, RouteSpec } from "./http.ts";
import type { Logger } from "./logger.ts";

/** One audit record, as the audit log stores it (who and when come from the command). */
export interface AuditRecord {
  action: string;
  subjectType: string;
  subjectId: string;
  agencyCode?: string | null;
  details?: Record<string, unknown>;
}

export interface CommandPorts<Actor, Action extends string, Scope> {
  db: Db;
  clock: Clock;
  log: Logger;
  /** The signed-in user, or the 401 problem. Also guards every route not declared public. */
  signedIn(c: Ctx): Actor;
  /** The policy: the actor's scope for the action, or the 403 problem when the agency is outside. */
  authorize(actor: Actor, action: Action, agencyCode?: string): Promise<Scope>;
  /** Appends the audit records, in order, inside the command's transaction. */
  audit(tx: Sql, actor: Actor, at: Date, entries: readonly AuditRecord[]): Promise<void>;
}

/** What a command's handler receives. */
export interface CommandInput<Actor, Scope, B> {
  c: Ctx;
  body: B;
  actor: Actor;
  scope: Scope;
  /** The clock's now, read once: the change and its audit record share it. */
  now: Date;
  /** The command's one transaction. */
  tx: Sql;
  /** Runs once the transaction has committed (never when it rolled back). */
  afterCommit(job: () => unknown): void;
}

export type CommandSpec<Action, B> = Omit<RouteSpec, "auth" | "query" | "body"> & {
  /** The policy action the actor must hold; several: any one of them (the first held gives the
   * scope), for a change open to more than one role (a dossier action's rule). */
  action: Action | readonly [Action, ...Action[]];
  /** The agency (or agencies, each checked) acted on; absent: any agency of the action's scope. */
  agency?: (req: { c: Ctx; body: B }) => string | readonly string[] | null | undefined;
  body?: z.ZodType<B>;
  /** With `takes` (a file, JSON Lines): reads the body once the actor is authorized, before the
   * transaction opens (a slow upload never holds a connection); the handler gets it as `body`
   * (`agency`, run before, does not). */
  read?: (c: Ctx) => Promise<B>;
};

/** What a command's handler returns: the answer to the client and the audit record of the change
 * (written by the helper in the same transaction, after the change). */
export interface Outcome<R> {
  answer: R;
  audit: AuditRecord;
}

/** A change's audit: one record, or several written together in order (a counter intake's
 * "submitted" and "received"); null: the command changed nothing, none is written. */
export type Audited = AuditRecord | readonly AuditRecord[] | null;

/** An outcome whose answer is read once the change has committed, on the pool: reads the client
 * needs (the actions open next) that must not lengthen the transaction holding the change's row
 * locks. Should that read fail, the client gets the error; the change stays committed. */
export interface AnswerAfterCommit<R> {
  answerAfterCommit: () => Promise<R>;
  audit: Audited;
}

export type Command<Actor, Action extends string, Scope> = <B = undefined, R = unknown>(
  spec: CommandSpec<Action, B>,
  run: (
    input: CommandInput<Actor, Scope, B>,
  ) => Promise<{ answer: R; audit: Audited } | AnswerAfterCommit<R>>,
) => void;

const recordsOf = (audit: Audited): readonly AuditRecord[] =>
  audit === null
    ? []
    : "action" in audit
      ? [audit as AuditRecord]
      : (audit as readonly AuditRecord[]);

/** The command helper of a router: `const command = commandsOn(api, deps.commands)`. */
export function commandsOn<Actor, Action extends string, Scope>(
  api: Api,
  ports: CommandPorts<Actor, Action, Scope>,
): Command<Actor, Action, Scope> {
  /** The scope of the first of the actions the actor holds for the agency; else the first refusal. */
  const authorizeAny = async (actor: Actor, actions: readonly Action[], code?: string) => {
    let refusal: unknown;
    for (const action of actions) {
      try {
        return await ports.authorize(actor, action, code);
      } catch (e) {
        refusal ??= e;
      }
    }
    throw refusal;
  };
  return (spec, run) => {
    const { action, agency, read, ...route } = spec;
    const actions: readonly Action[] = typeof action === "string" ? [action] : action;
    api.route(route, async (c, input) => {
      const actor = ports.signedIn(c);
      const codes = agency?.({ c, body: input.body });
      const checked = typeof codes === "string" ? [codes] : codes?.length ? codes : [undefined];
      let scope = undefined as Scope;
      for (const code of checked) scope = await authorizeAny(actor, actions, code);
      const body = read ? await read(c) : input.body;
      const now = ports.clock.now();
      const jobs: (() => unknown)[] = [];
      const out = await ports.db.transaction(async (tx) => {
        jobs.length = 0;
        const afterCommit = (job: () => unknown) => void jobs.push(job);
        const outcome = await run({ c, body, actor, scope, now, tx, afterCommit });
        const records = recordsOf(outcome.audit);
        if (records.length) await ports.audit(tx, actor, now, records);
        return outcome;
      });
      // The change is committed: a failing job is logged, it neither undoes nor hides the change.
      for (const job of jobs)
        await Promise.resolve()
          .then(job)
          .catch((err) =>
            ports.log.error({ req: c.get("requestId"), err, action }, "after-commit job failed"),
          );
      return ("answerAfterCommit" in out ? await out.answerAfterCommit() : out.answer) as object;
    });
  };
}
