// HTTP API of the certified-copy register: certify (paper or electronic), the register of an
// agency for a period (JSON or Excel), and the signed electronic copy.
import {
  agencyQuery,
  certificationSigners,
  certifyBody,
  copyRegister,
  copyView,
  registerQuery,
} from "../../../shared/contracts/certification.ts";
import { commandsOn } from "../../platform/command.ts";
import { contentDisposition } from "../../platform/content-disposition.ts";
import { badInput } from "../../platform/errors.ts";
import { type Api, param } from "../../platform/http.ts";
import { requireUser } from "../identity/index.ts";
import {
  type CertificationDeps,
  certifyCopy,
  copyFile,
  registerOf,
  registerXlsx,
  signersOf,
} from "./actions.ts";

const tag = "certification";

export function certificationRoutes(api: Api, deps: CertificationDeps) {
  const command = commandsOn(api, deps.commands);
  command(
    {
      method: "post",
      path: "/api/certified-copies",
      summary: "Chứng thực bản sao từ bản chính / Certify a copy from its original",
      tag,
      action: "certification.perform",
      agency: ({ body }) => body.agency,
      body: certifyBody,
      response: copyView,
      status: 201,
    },
    (input) => certifyCopy(deps, input),
  );

  api.route(
    {
      method: "get",
      path: "/api/certified-copies",
      summary: "Sổ chứng thực bản sao từ bản chính / The certified-copy register",
      tag,
      query: registerQuery,
      response: copyRegister,
      produces: ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
    },
    async (c, { query }) => {
      if (query.from > query.to)
        throw badInput(
          "certification.bad_period",
          "from",
          "ngày bắt đầu sau ngày kết thúc",
          "the start date is after the end date",
        );
      const rows = await registerOf(deps, requireUser(c), query);
      if (query.format !== "xlsx") return { items: rows };
      const xlsx = await registerXlsx(rows);
      return c.body(new Uint8Array(xlsx), 200, {
        "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "content-disposition": contentDisposition(
          "attachment",
          `so-chung-thuc-${query.agency}-${query.from}-${query.to}.xlsx`,
        ),
        "cache-control": "private, no-store",
      });
    },
  );

  api.route(
    {
      method: "get",
      path: "/api/certified-copies/signers",
      summary: "Người ký chứng thực của cơ quan / Who may sign certifications for the agency",
      tag,
      query: agencyQuery,
      response: certificationSigners,
    },
    async (c, { query }) => ({ items: await signersOf(deps, requireUser(c), query.agency) }),
  );

  api.route(
    {
      method: "get",
      path: "/api/certified-copies/:id/file",
      summary: "Bản sao điện tử đã chứng thực (PDF ký số) / The signed electronic copy",
      tag,
      produces: ["application/pdf"],
    },
    async (c) => {
      const id = Number(param(c, "id"));
      if (!Number.isSafeInteger(id) || id <= 0)
        throw badInput("certification.bad_id", "id", "cần số thứ tự", "expected a number");
      const f = await copyFile(deps, requireUser(c), id);
      return c.body(f.pdf as Uint8Array<ArrayBuffer>, 200, {
        "content-type": "application/pdf",
        "content-disposition": contentDisposition("inline", f.name),
        "cache-control": "private, no-store",
      });
    },
  );
}
