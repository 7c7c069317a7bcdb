// HTTP API of online payment: the payment request with its VietQR (JSON and PNG), the gateway
// redirect, the gateway's IPN callback and browser return, the per-agency daily reconciliation.
import {
  gatewayAck,
  gatewayStart,
  paymentRequest as paymentRequestSchema,
  reconciliationQuery,
} from "../../../../shared/contracts/citizen.ts";
import { badInput } from "../../../platform/errors.ts";
import { type Api, param } from "../../../platform/http.ts";
import { RateLimiter } from "../../../platform/rate-limit.ts";
import { ensureVisible, getDossier, lookupSecretBody } from "../../dossiers/index.ts";
import { actorOf, authorize, clientIp, requireUser } from "../../identity/index.ts";
import { vietQrPng } from "../../integrations/index.ts";
import type { CitizenDeps } from "../deps.ts";
import { confirmFromGateway, gatewayReturn, startGatewayPayment } from "./gateway.ts";
import { paymentsOfDay, reconciliationXlsx } from "./reconciliation.ts";
import { nothingDue, paymentRequest } from "./request.ts";

const dayQuery = reconciliationQuery;

export function paymentRoutes(api: Api, deps: CitizenDeps) {
  const { db } = deps;
  const starts = new RateLimiter(20, 60_000);

  api.route(
    {
      method: "get",
      path: "/api/dossiers/:code/payment",
      summary: "Yêu cầu thanh toán phí, lệ phí (VietQR) / Payment request (VietQR)",
      tag: "payments",
      auth: false,
      response: paymentRequestSchema,
    },
    async (c) => {
      const tree = await deps.agencies.tree();
      // Anyone may pay a dossier's fees by its code (as at the portal); a signed-in official sees
      // only the dossiers of the agencies in scope, like every other view of a dossier.
      const actor = actorOf(c);
      if (actor.kind === "user")
        await ensureVisible(db, actor, tree.subtreeOf, await getDossier(db, param(c, "code")));
      return paymentRequest(db, tree, param(c, "code"), Boolean(deps.paygate));
    },
  );

  api.route(
    {
      method: "get",
      path: "/api/dossiers/:code/payment/vietqr.png",
      summary: "Mã VietQR (ảnh PNG) / VietQR code as PNG",
      tag: "payments",
      auth: false,
      produces: ["image/png"],
    },
    async (c) => {
      const p = await paymentRequest(db, await deps.agencies.tree(), param(c, "code"), false);
      if (!p.vietqr) throw nothingDue(p.code);
      const png = await vietQrPng(p.vietqr);
      return c.body(new Uint8Array(png), 200, {
        "content-type": "image/png",
        "cache-control": "no-store",
      });
    },
  );

  api.route(
    {
      method: "post",
      path: "/api/dossiers/:code/payment/gateway",
      summary: "Thanh toán qua cổng thanh toán / Pay through the payment gateway",
      tag: "payments",
      body: lookupSecretBody,
      auth: false,
      response: gatewayStart,
    },
    async (c, { body }) => {
      const ip = clientIp(c);
      if (!starts.hit(ip))
        throw badInput("citizen.rate_limited", "secret", "quá nhiều lần thử", "too many attempts");
      const origin = new URL(c.req.url).origin;
      return startGatewayPayment(
        deps,
        param(c, "code"),
        body.secret,
        ip,
        `${origin}/api/payments/gateway/return`,
      );
    },
  );

  api.route(
    {
      method: "get",
      path: "/api/payments/gateway/ipn",
      summary: "Cổng thanh toán báo kết quả (IPN) / Gateway callback (IPN)",
      tag: "payments",
      auth: false,
      response: gatewayAck,
    },
    async (c) => confirmFromGateway(deps, c.req.query()),
  );

  api.route(
    {
      method: "get",
      path: "/api/payments/gateway/return",
      summary: "Trở về từ cổng thanh toán / Return from the gateway",
      tag: "payments",
      auth: false,
      produces: "redirect",
    },
    async (c) => {
      const r = await gatewayReturn(deps, c.req.query());
      const q = new URLSearchParams({ kq: r.outcome, ...(r.code ? { ma: r.code } : {}) });
      return c.redirect(`/thanh-toan/ket-qua?${q}`, 302);
    },
  );

  api.route(
    {
      method: "get",
      path: "/api/payments/reconciliation.xlsx",
      summary: "Đối soát thanh toán trực tuyến theo đơn vị và ngày / Daily reconciliation",
      tag: "payments",
      query: dayQuery,
      produces: ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
    },
    async (c, { query }) => {
      const actor = requireUser(c);
      const tree = await deps.agencies.tree();
      authorize(actor, "dossier.read", tree.subtreeOf, query.agency);
      const rows = await paymentsOfDay(db, tree.subtreeOf(query.agency), query.date);
      const name = tree.byCode.get(query.agency)?.name ?? query.agency;
      const file = await reconciliationXlsx(rows, name, query.date);
      return c.body(file as Uint8Array<ArrayBuffer>, 200, {
        "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "content-disposition": `attachment; filename="doi-soat-${query.agency}-${query.date}.xlsx"`,
        "cache-control": "private, no-store",
      });
    },
  );
}
