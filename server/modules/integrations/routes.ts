// The administrator's view of the portal link: status, dead letters, fix, resend.
import {
  deadLetterView as deadLetterSchema,
  fixDeadLetterBody,
  portalStatus as portalStatusSchema,
  resendOutcome,
} from "../../../shared/contracts/integrations.ts";
import { badInput } from "../../platform/errors.ts";
import type { Api } from "../../platform/http.ts";
import { fixDeadLetter, resendDeadLetter } from "../../platform/outbox-admin.ts";
import { record } from "../audit/index.ts";
import { authorize, type IdentityDeps, requireUser } from "../identity/index.ts";
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

export function integrationRoutes(api: Api, deps: IdentityDeps) {
  outboxRoutes(api, deps);
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
  api.route(
    {
      method: "put",
      path: "/api/portal/dead-letters/:id",
      summary: "Sửa bản ghi bị từ chối / Fix a refused record",
      tag: "portal",
      body: fixDeadLetterBody,
      response: deadLetterSchema,
    },
    async (c, { body }) => {
      const actor = await admin(c);
      const id = idParam(c.req.param("id") ?? "");
      return deps.db.transaction(async (tx) => {
        const d = await fixDeadLetter(tx, id, body.record);
        await record(tx, actor, deps.clock.now(), {
          action: "portal.dead-letter.fixed",
          subjectType: "dossier",
          subjectId: d.subject,
          details: { deadLetter: id, revision: d.revision },
        });
        return deadLetterView(d);
      });
    },
  );
  api.route(
    {
      method: "post",
      path: "/api/portal/dead-letters/:id/resend",
      summary: "Gửi lại bản ghi bị từ chối / Send a refused record again",
      tag: "portal",
      response: resendOutcome,
    },
    async (c) => {
      const actor = await admin(c);
      const id = idParam(c.req.param("id") ?? "");
      return deps.db.transaction(async (tx) => {
        const r = await resendDeadLetter(tx, id);
        await record(tx, actor, deps.clock.now(), {
          action: "portal.dead-letter.resent",
          subjectType: "dossier",
          subjectId: r.subject,
          details: { deadLetter: id, revision: r.revision, outcome: r.outcome },
        });
        return r;
      });
    },
  );
}
