// HTTP API of the dossier actions: one operation per action of the state machine, each with its
// own closed body (shared/contracts/dossier-actions.ts) and the dossier as it is after it, with
// the actions this user may take next. Who may act is checked before the body is read. Each is a
// command (server/platform/command.ts): the rule's policy actions (any one of them), then the
// change and its audit record in one transaction. The dossier's own access check (visible to the
// actor, the policy on one of its agencies: the competent one, the receiving unit, a hand-over's)
// is finer than the policy's and runs on the dossier, before the body and again in the change.

import { z } from "zod";
import { actionRequest } from "../../../shared/contracts/dossier-actions.ts";
import { dossierChanged } from "../../../shared/contracts/dossiers.ts";
import { commandsOn } from "../../platform/command.ts";
import { AppError } from "../../platform/errors.ts";
import { type Api, param, readJson } from "../../platform/http.ts";
import type { AuditEntry } from "../audit/index.ts";
import { requireUser } from "../identity/index.ts";
import { actionsFor } from "./offer.ts";
import type { DossierDeps } from "./ports.ts";
import { DOSSIER_ACTIONS, type DossierAction, RULES } from "./rules.ts";
import { precheckAction, runActionInCommand } from "./run.ts";
import { summaryView } from "./view.ts";

const ACTION_PATH = "/api/dossiers/:code/actions/:action";

export function actionRoutes(api: Api, deps: DossierDeps) {
  const { db } = deps;
  const command = commandsOn(api, deps.commands);

  // Before the body is parsed: visibility (404), the right to act (403), the version (409) and
  // the state (409), so a caller without the right learns nothing about the body's shape.
  api.app.use(ACTION_PATH, async (c, next) => {
    const action = c.req.param("action");
    if (c.req.method === "POST" && isAction(action)) {
      const actor = requireUser(c);
      const raw = await readJson(c, z.unknown());
      await precheckAction(deps, actor, param(c, "code"), action, raw);
    }
    await next();
  });

  for (const action of DOSSIER_ACTIONS) {
    const { name } = RULES[action];
    command(
      {
        method: "post",
        path: `/api/dossiers/:code/actions/${action}`,
        summary: `${name.vi} / ${name.en}`,
        tag: "dossiers",
        action: RULES[action].policy,
        body: actionRequest(action),
        response: dossierChanged,
      },
      async ({ c, tx, now, actor, body }) => {
        const audits: AuditEntry[] = [];
        const cmd = { tx, now, audits };
        const r = await runActionInCommand(deps, cmd, actor, param(c, "code"), action, body);
        return {
          audit: audits,
          // The actions open next, read once committed (the dossier's row is no longer locked).
          answerAfterCommit: async () => {
            const tree = await deps.agencies.tree();
            const actions = await actionsFor(db, actor, tree.subtreeOf, r.dossier);
            return {
              dossier: summaryView(r.dossier, now, actions),
              ...(r.warning ? { warning: r.warning } : {}),
            };
          },
        };
      },
    );
  }

  // Any other name is no action: not an operation of the document, only its refusal.
  api.app.post(ACTION_PATH, (c) => {
    requireUser(c);
    const action = param(c, "action");
    throw new AppError("dossiers.unknown_action", "not_found", {
      vi: `Không có thao tác "${action}". Các thao tác: ${DOSSIER_ACTIONS.join(", ")}.`,
      en: `No action "${action}". Actions: ${DOSSIER_ACTIONS.join(", ")}.`,
    });
  });
}

function isAction(name: string | undefined): name is DossierAction {
  return (DOSSIER_ACTIONS as readonly (string | undefined)[]).includes(name);
}
