// Public routes: a dossier's status by code and secret, the signed apology, agency figures. Every
// look-up attempt counts toward a per-address limit; a wrong secret answers like an unknown code.

import {
  agencyFiguresView,
  figuresQuery,
  publicDossierView,
} from "../../../shared/contracts/accountability.ts";
import { contentDisposition } from "../../platform/content-disposition.ts";
import { AppError, notFound } from "../../platform/errors.ts";
import { type Api, param } from "../../platform/http.ts";
import { RateLimiter } from "../../platform/rate-limit.ts";
import { lookupSecretBody } from "../dossiers/index.ts";
import { clientIp } from "../identity/index.ts";
import { type AccountabilityDeps, optionsOf } from "./deps.ts";
import { findExplanation } from "./explanations.ts";
import { readPdf } from "./form04.ts";
import { agencyFigures, lookupNotFound, matchDossier, publicStatus } from "./public.ts";

// The look-up secret travels in the body, never in a URL (it would reach logs and histories).

export function publicRoutes(api: Api, deps: AccountabilityDeps) {
  const { db, clock } = deps;
  const lookups = new RateLimiter(optionsOf(deps).lookupPerMinute, 60_000);
  const tag = "public";
  const limit = (ip: string) => {
    if (!lookups.hit(ip, clock.now().getTime()))
      throw new AppError("accountability.too_many_lookups", "rate_limited", {
        vi: "Quá nhiều lần tra cứu từ địa chỉ này. Vui lòng chờ một phút rồi thử lại.",
        en: "Too many look-ups from this address. Wait a minute and try again.",
      });
  };

  api.route(
    {
      method: "post",
      path: "/api/public/dossiers/:code",
      summary: "Tra cứu hồ sơ bằng mã hồ sơ và mã tra cứu / Look up a dossier by code and secret",
      tag,
      auth: false,
      body: lookupSecretBody,
      response: publicDossierView,
    },
    async (c, { body }) => {
      limit(clientIp(c));
      return publicStatus(deps, await deps.agencies.tree(), param(c, "code"), body.secret);
    },
  );

  api.route(
    {
      method: "post",
      path: "/api/public/dossiers/:code/apology.pdf",
      summary: "Tải văn bản xin lỗi đã ký (Mẫu 04) / Download the signed apology (Form 04)",
      tag,
      auth: false,
      body: lookupSecretBody,
      produces: ["application/pdf"],
    },
    async (c, { body }) => {
      limit(clientIp(c));
      const d = await matchDossier(db, param(c, "code"), body.secret);
      if (!d) throw lookupNotFound();
      const x = await findExplanation(db, d.id);
      const pdf = x?.status === "signed" ? await readPdf(deps.files, db, x.signedSha256) : null;
      if (!pdf)
        throw notFound("accountability.no_apology", {
          vi: `Hồ sơ ${d.code} không có văn bản xin lỗi.`,
          en: `Dossier ${d.code} has no apology letter.`,
        });
      return c.body(pdf as Uint8Array<ArrayBuffer>, 200, {
        "content-type": "application/pdf",
        "content-disposition": contentDisposition("attachment", `${d.code}-van-ban-xin-loi.pdf`),
      });
    },
  );

  api.route(
    {
      method: "get",
      path: "/api/public/agencies/:code/figures",
      summary: "Số liệu công khai của đơn vị / An agency's public figures",
      tag,
      auth: false,
      query: figuresQuery,
      response: agencyFiguresView,
    },
    async (c, { query }) => {
      const code = param(c, "code");
      const tree = await deps.agencies.tree();
      const agency = tree.byCode.get(code);
      if (!agency)
        throw notFound("accountability.unknown_agency", {
          vi: `Không có đơn vị ${code}.`,
          en: `No agency ${code}.`,
        });
      const figures = await agencyFigures(deps, {
        agencies: tree.subtreeOf(code),
        ...query,
        now: clock.now(),
      });
      return { agency: { code, name: agency.name }, ...figures };
    },
  );
}
