// Commands: the one way a route changes state. The route declares its policy action, where the
// agency it acts on is found, and its body and response schemas; the helper runs
//   authenticate → authorize → ONE transaction (the change, then its audit record)
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
  /** Appends the audit record inside the command's transaction. */
  audit(tx: Sql, actor: Actor, at: Date, entry: AuditRecord): Promise<void>;
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

export type CommandSpec<Action, B> = Omit<RouteSpec, "auth" | "query" | "body" | "takes"> & {
  /** The policy action the actor must hold. */
  action: Action;
  /** The agency (or agencies, each checked) acted on; absent: any agency of the action's scope. */
  agency?: (req: { c: Ctx; body: B }) => string | readonly string[] | null | undefined;
  body?: z.ZodType<B>;
};

/** What a command's handler returns: the answer to the client and the audit record of the change
 * (written by the helper in the same transaction, after the change). */
export interface Outcome<R> {
  answer: R;
  audit: AuditRecord;
}

export type Command<Actor, Action extends string, Scope> = <B = undefined, R = unknown>(
  spec: CommandSpec<Action, B>,
  /** A null audit record: the command changed nothing (an identical new version), none is written. */
  run: (input: CommandInput<Actor, Scope, B>) => Promise<Outcome<R> | { answer: R; audit: null }>,
) => void;

/** The command helper of a router: `const command = commandsOn(api, deps.commands)`. */
export function commandsOn<Actor, Action extends string, Scope>(
  api: Api,
  ports: CommandPorts<Actor, Action, Scope>,
): Command<Actor, Action, Scope> {
  return (spec, run) => {
    const { action, agency, ...route } = spec;
    api.route(route, async (c, { body }) => {
      const actor = ports.signedIn(c);
      const codes = agency?.({ c, body });
      const checked = typeof codes === "string" ? [codes] : codes?.length ? codes : [undefined];
      let scope = undefined as Scope;
      for (const code of checked) scope = await ports.authorize(actor, action, code);
      const now = ports.clock.now();
      const jobs: (() => unknown)[] = [];
      const out = await ports.db.transaction(async (tx) => {
        jobs.length = 0;
        const afterCommit = (job: () => unknown) => void jobs.push(job);
        const { answer, audit } = await run({ c, body, actor, scope, now, tx, afterCommit });
        if (audit) await ports.audit(tx, actor, now, audit);
        return answer;
      });
      // The change is committed: a failing job is logged, it neither undoes nor hides the change.
      for (const job of jobs)
        await Promise.resolve()
          .then(job)
          .catch((err) =>
            ports.log.error({ req: c.get("requestId"), err, action }, "after-commit job failed"),
          );
      return out as object;
    });
  };
}
