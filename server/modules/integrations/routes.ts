// The administrator's view of the portal link: status, dead letters, fix, resend.
import {
  deadLetterView as deadLetterSchema,
  fixDeadLetterBody,
  portalStatus as portalStatusSchema,
  resendOutcome,
} from "../../../shared/contracts/integrations.ts";
import { commandsOn } from "../../platform/command.ts";
import { badInput } from "../../platform/errors.ts";
import type { Api } from "../../platform/http.ts";
import { fixDeadLetter, resendDeadLetter } from "../../platform/outbox-admin.ts";
import { authorize, type IdentityDeps, requireUser, type WithCommands } from "../identity/index.ts";
import { outboxRoutes } from "./outbox-routes.ts";
import type { PortalSettings } from "./portal-client.ts";
import { portalStatus } from "./portal-status.ts";
import { channelStatusView, deadLetterView } from "./views.ts";

const idParam = (raw: string) => {
  const id = Number(raw);
  if (!Number.isSafeInteger(id) || id <= 0)
    throw badInput("portal.bad_id", "id", "mã thư không hợp lệ", "not a dead-letter id");
  return id;
};

export function integrationRoutes(api: Api, deps: IdentityDeps & WithCommands) {
  outboxRoutes(api, deps);
  const command = commandsOn(api, deps.commands);
  const settings = (): PortalSettings => ({
    url: deps.config.portal?.url,
    token: deps.config.portal?.token,
  });
  const admin = async (c: Parameters<typeof requireUser>[0]) => {
    const actor = requireUser(c);
    authorize(actor, "integration.manage", (await deps.agencies.tree()).subtreeOf);
    return actor;
  };
  api.route(
    {
      method: "get",
      path: "/api/portal/status",
      summary: "Tình trạng đồng bộ Cổng DVC quốc gia / National portal sync status",
      tag: "portal",
      response: portalStatusSchema,
    },
    async (c) => {
      await admin(c);
      const s = await portalStatus(deps.db, settings(), deps.clock.now());
      return {
        ...channelStatusView(s),
        configured: s.configured,
        portalUrl: s.portalUrl,
        oldestUndeliveredAgeSeconds: s.oldestUndeliveredAgeSeconds,
        portal: s.portal,
        deadLetterList: s.deadLetterList.map(deadLetterView),
      };
    },
  );
  command(
    {
      method: "put",
      path: "/api/portal/dead-letters/:id",
      summary: "Sửa bản ghi bị từ chối / Fix a refused record",
      tag: "portal",
      action: "integration.manage",
      body: fixDeadLetterBody,
      response: deadLetterSchema,
    },
    async ({ c, tx, body }) => {
      const id = idParam(c.req.param("id") ?? "");
      const d = await fixDeadLetter(tx, id, body.record);
      return {
        answer: deadLetterView(d),
        audit: {
          action: "portal.dead-letter.fixed",
          subjectType: "dossier",
          subjectId: d.subject,
          details: { deadLetter: id, revision: d.revision },
        },
      };
    },
  );
  command(
    {
      method: "post",
      path: "/api/portal/dead-letters/:id/resend",
      summary: "Gửi lại bản ghi bị từ chối / Send a refused record again",
      tag: "portal",
      action: "integration.manage",
      response: resendOutcome,
    },
    async ({ c, tx }) => {
      const id = idParam(c.req.param("id") ?? "");
      const r = await resendDeadLetter(tx, id);
      return {
        answer: r,
        audit: {
          action: "portal.dead-letter.resent",
          subjectType: "dossier",
          subjectId: r.subject,
          details: { deadLetter: id, revision: r.revision, outcome: r.outcome },
        },
      };
    },
  );
}
