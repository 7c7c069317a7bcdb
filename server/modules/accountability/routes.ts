// HTTP API of the accountability module: notifications, the compliance view (JSON and Excel),
// the late-dossier routes and the public routes.

import type { z } from "zod";
import {
  complianceQuery,
  complianceView as complianceResponse,
  notificationsQuery,
  notificationsView,
  okView,
} from "../../../shared/contracts/accountability.ts";
import { contentDisposition } from "../../platform/content-disposition.ts";
import { AppError } from "../../platform/errors.ts";
import { type Api, param } from "../../platform/http.ts";
import { toXlsx } from "../documents/index.ts";
import { type Actor, requireUser, type SubtreeOf, scopeFor } from "../identity/index.ts";
import { complianceSheets, complianceView } from "./compliance.ts";
import type { AccountabilityDeps } from "./deps.ts";
import { listNotifications, markRead } from "./notifications.ts";
import { lateRoutes } from "./routes-late.ts";
import { publicRoutes } from "./routes-public.ts";

/** The agency's subtree when the actor holds index.read or late.approve over it (403 otherwise). */
function complianceScope(actor: Actor, subtreeOf: SubtreeOf, agency: string): string[] {
  const ok = (["index.read", "late.approve"] as const).some((a) => {
    const s = scopeFor(actor, a, subtreeOf);
    return s.all || s.agencies.includes(agency);
  });
  if (!ok)
    throw new AppError("identity.forbidden", "forbidden", {
      vi: `Bạn không có quyền "index.read" hoặc "late.approve" đối với đơn vị ${agency}.`,
      en: `You are not allowed to "index.read" or "late.approve" for agency ${agency}.`,
    });
  return subtreeOf(agency);
}

export function accountabilityRoutes(api: Api, deps: AccountabilityDeps) {
  const { db, clock } = deps;
  const tag = "accountability";

  api.route(
    {
      method: "get",
      path: "/api/notifications",
      summary: "Thông báo của tôi / My notifications",
      tag,
      query: notificationsQuery,
      response: notificationsView,
    },
    async (c, { query }) => ({
      notifications: await listNotifications(db, requireUser(c), {
        unreadOnly: query.unread === "1",
        limit: query.limit,
      }),
    }),
  );

  // Not a command: marking one's own notification read is a personal state flag (when the user
  // saw it), not a change to a dossier, an agency or anyone's rights. No policy action governs it
  // (every signed-in user reads their own; markRead answers 404 for another's), and no audit
  // record is due for it (the audit log would only fill with clicks). It is one transaction.
  api.route(
    {
      method: "post",
      path: "/api/notifications/:id/read",
      summary: "Đánh dấu đã đọc / Mark read",
      tag,
      response: okView,
    },
    async (c) => {
      const actor = requireUser(c);
      await db.transaction((tx) => markRead(tx, actor, param(c, "id"), clock.now()));
      return { ok: true };
    },
  );

  const compliance = async (actor: Actor, q: z.infer<typeof complianceQuery>) => {
    const tree = await deps.agencies.tree();
    const agencies = complianceScope(actor, tree.subtreeOf, q.agency);
    return complianceView(db, { agencies, from: q.from, to: q.to, now: clock.now() });
  };

  api.route(
    {
      method: "get",
      path: "/api/accountability/compliance",
      summary: "Hồ sơ trễ hạn: giải trình và xin lỗi / Late dossiers: explanations and apologies",
      tag,
      query: complianceQuery,
      response: complianceResponse,
    },
    async (c, { query }) => ({
      agency: query.agency,
      ...(await compliance(requireUser(c), query)),
    }),
  );

  api.route(
    {
      method: "get",
      path: "/api/accountability/compliance.xlsx",
      summary: "Xuất Excel hồ sơ trễ hạn / Late dossiers as Excel",
      tag,
      query: complianceQuery,
      produces: ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
    },
    async (c, { query }) => {
      const v = await compliance(requireUser(c), query);
      const xlsx = await toXlsx(complianceSheets(v));
      return c.body(new Uint8Array(xlsx) as Uint8Array<ArrayBuffer>, 200, {
        "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "content-disposition": contentDisposition(
          "attachment",
          `tre-han-${query.agency}-${query.from}-${query.to}.xlsx`,
        ),
      });
    },
  );

  lateRoutes(api, deps);
  publicRoutes(api, deps);
}
