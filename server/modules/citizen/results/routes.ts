// The signed electronic result, downloaded by the applicant: with the dossier code and the
// look-up secret (sent in the body, never in a URL), or from "Hồ sơ của tôi" after VNeID sign-in.
import type { z } from "zod";
import { publicDeliveries, resultLookupBody } from "../../../../shared/contracts/citizen.ts";
import { contentDisposition } from "../../../platform/content-disposition.ts";
import { AppError } from "../../../platform/errors.ts";
import { type Api, type Ctx, param } from "../../../platform/http.ts";
import { RateLimiter } from "../../../platform/rate-limit.ts";
import { record } from "../../audit/index.ts";
import { type Dossier, findDossier } from "../../dossiers/index.ts";
import { type Actor, clientIp, PUBLIC_ACTOR } from "../../identity/index.ts";
import type { CitizenDeps } from "../deps.ts";
import { lookupRefused, sameSecret } from "../secret.ts";
import { notSignedIn } from "../vneid/routes.ts";
import { citizenOf } from "../vneid/session.ts";
import { applicantDeliveries } from "./applicant-deliveries.ts";

const body = resultLookupBody;

export function resultRoutes(api: Api, deps: CitizenDeps) {
  const { db, clock } = deps;
  const tries = new RateLimiter(20, 60_000);

  const send = async (c: Ctx, d: Dossier, actor: Actor) => {
    if (!d.result || !deps.files || !(await deps.files.has(d.result.file)))
      throw new AppError("citizen.no_result", "not_found", {
        vi: `Hồ sơ ${d.code} chưa có kết quả điện tử.`,
        en: `Dossier ${d.code} has no electronic result yet.`,
      });
    const pdf = await deps.files.get(d.result.file);
    // The result names the applicant: its download is audited (Decree 13/2023/NĐ-CP).
    await db.transaction((tx) =>
      record(tx, { ...actor, ip: clientIp(c) }, clock.now(), {
        action: "personal_data.read",
        subjectType: "dossier",
        subjectId: d.code,
        agencyCode: d.agencyCode,
        details: { resultFile: d.result?.file, purpose: "result download by the applicant" },
      }),
    );
    return c.body(pdf as Uint8Array<ArrayBuffer>, 200, {
      "content-type": "application/pdf",
      "content-disposition": contentDisposition("attachment", `${d.code}-ket-qua.pdf`),
      "cache-control": "private, no-store",
    });
  };

  /** The dossier a code and its look-up secret name (rate-limited per address; one answer for both misses). */
  const matched = async (c: Ctx, b: z.infer<typeof body>): Promise<Dossier> => {
    if (!tries.hit(clientIp(c)))
      throw new AppError("citizen.rate_limited", "rate_limited", {
        vi: "Quá nhiều lần thử, vui lòng chờ một phút.",
        en: "Too many attempts; wait a minute.",
      });
    const d = await findDossier(db, b.code.toUpperCase());
    if (!d || !sameSecret(b.secret, d)) throw lookupRefused(b.code);
    return d;
  };

  api.route(
    {
      method: "post",
      path: "/api/public/results",
      summary: "Tải kết quả điện tử bằng mã hồ sơ và mã tra cứu / Download the electronic result",
      tag: "citizen",
      body,
      auth: false,
      produces: ["application/pdf"],
    },
    async (c, { body: b }) => {
      const d = await matched(c, b);
      return send(c, d, PUBLIC_ACTOR);
    },
  );

  api.route(
    {
      method: "post",
      path: "/api/public/deliveries",
      summary:
        "Thông báo đã gửi và đường đi của kết quả (mã hồ sơ, mã tra cứu) / Notices sent and the result's delivery",
      tag: "citizen",
      body,
      auth: false,
      response: publicDeliveries,
    },
    async (c, { body: b }) => {
      const d = await matched(c, b);
      c.header("cache-control", "no-store");
      const sent = await applicantDeliveries(db, [d.code]);
      return { code: d.code, ...sent.get(d.code) };
    },
  );

  api.route(
    {
      method: "get",
      path: "/api/citizen/dossiers/:code/result",
      summary: "Tải kết quả điện tử của hồ sơ của tôi / Download my dossier's result",
      tag: "citizen",
      auth: false,
      produces: ["application/pdf"],
    },
    async (c) => {
      const me = await citizenOf(db, clock, c);
      if (!me) throw notSignedIn();
      const d = await findDossier(db, param(c, "code"));
      if (!d || d.applicant?.idNumber !== me.personalId) throw lookupRefused(param(c, "code"));
      return send(c, d, { ...PUBLIC_ACTOR, username: `vneid:${me.subject.slice(0, 12)}` });
    },
  );
}
