// POST /api/portal/dossiers: the national portal hands over an online dossier (portal-sync.md,
// "Inbound"). Authenticated by the portal's bearer token, not by a session.
import { timingSafeEqual } from "node:crypto";
import { portalReceipt } from "../../../shared/contracts/dossiers.ts";
import { AppError } from "../../platform/errors.ts";
import type { Api, Ctx } from "../../platform/http.ts";
import { portalDossierBody, receiveFromPortal } from "./portal-intake.ts";
import type { DossierDeps } from "./ports.ts";

function checkToken(c: Ctx, expected: string | undefined) {
  const given = /^Bearer (.+)$/i.exec(c.req.header("authorization") ?? "")?.[1] ?? "";
  const a = Buffer.from(given);
  const b = Buffer.from(expected ?? "");
  if (!expected || a.length !== b.length || !timingSafeEqual(a, b))
    throw new AppError("portal.bad_token", "unauthenticated", {
      vi: "Thiếu hoặc sai mã xác thực của Cổng Dịch vụ công quốc gia (Authorization: Bearer …).",
      en: "Missing or wrong National Public Service Portal token (Authorization: Bearer …).",
    });
}

export function portalInboundRoutes(api: Api, deps: DossierDeps) {
  // The token is checked before the body is read: a wrong caller learns nothing about the input.
  api.app.use("/api/portal/dossiers", async (c, next) => {
    if (c.req.method === "POST") checkToken(c, deps.config.portal?.inboundToken);
    await next();
  });
  api.route(
    {
      method: "post",
      path: "/api/portal/dossiers",
      summary:
        "Nhận hồ sơ trực tuyến từ Cổng DVC quốc gia / Online dossier from the national portal",
      tag: "portal",
      auth: false,
      body: portalDossierBody,
      response: portalReceipt,
    },
    async (c, { body }) => {
      const r = await receiveFromPortal(deps, body);
      return c.json({ code: r.code, secret: r.secret }, r.created ? 201 : 200);
    },
  );
}
