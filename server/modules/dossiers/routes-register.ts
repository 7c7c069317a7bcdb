// The dossier register of a one-stop unit (Sổ theo dõi hồ sơ, Form 07 of Circular
// 03/2025/TT-VPCP) for a period, as the printed A4-landscape PDF or as an Excel workbook with
// typed cells (entry numbers as numbers, instants as dates in Vietnam time).
import { z } from "zod";
import { contentDisposition } from "../../platform/content-disposition.ts";
import { AppError } from "../../platform/errors.ts";
import { type Api, param } from "../../platform/http.ts";
import { record } from "../audit/index.ts";
import { renderForm, toXlsx, type XlsxColumn } from "../documents/index.ts";
import { inScope, requireUser, scopeFor } from "../identity/index.ts";
import { formData07 } from "./forms.ts";
import type { DossierDeps } from "./ports.ts";
import { registerLines } from "./register.ts";

const DAY = 86_400_000;
/** A register is read by the month, quarter or year: at most a year and a day at once. */
const MAX_DAYS = 366;

export const registerQuery = z
  .object({
    from: z.iso.date(),
    to: z.iso.date(),
    format: z.enum(["pdf", "xlsx"]).default("pdf"),
  })
  .refine((q) => q.from <= q.to, { message: "from ≤ to", path: ["to"] })
  .refine((q) => (Date.parse(q.to) - Date.parse(q.from)) / DAY < MAX_DAYS, {
    message: `at most ${MAX_DAYS} days`,
    path: ["to"],
  });

const COLUMNS: XlsxColumn[] = [
  { header: "STT", key: "seq", width: 7, type: "number" },
  { header: "Quyển số", key: "book", width: 10 },
  { header: "Mã hồ sơ", key: "dossierCode", width: 22 },
  { header: "Tên thủ tục hành chính", key: "procedure", width: 40 },
  { header: "Số lượng hồ sơ (bộ)", key: "sets", width: 9, type: "number" },
  { header: "Tên cá nhân, tổ chức", key: "applicant", width: 26 },
  { header: "Địa chỉ, số điện thoại", key: "contact", width: 32 },
  { header: "Cơ quan chủ trì giải quyết", key: "leadAgency", width: 28 },
  { header: "Nhận hồ sơ", key: "receivedAt", width: 17, type: "datetime" },
  { header: "Hẹn trả kết quả", key: "appointmentAt", width: 17, type: "datetime" },
  {
    header: "Chuyển hồ sơ đến cơ quan giải quyết",
    key: "transferredAt",
    width: 17,
    type: "datetime",
  },
  {
    header: "Nhận kết quả từ cơ quan giải quyết",
    key: "resultReceivedAt",
    width: 17,
    type: "datetime",
  },
  { header: "Trả kết quả", key: "returnedAt", width: 17, type: "datetime" },
  { header: "Ghi chú", key: "note", width: 24 },
];

export function registerRoutes(api: Api, deps: DossierDeps) {
  api.route(
    {
      method: "get",
      path: "/api/registers/:unit",
      summary:
        "Sổ theo dõi hồ sơ (mẫu 07) của đơn vị theo kỳ, PDF hoặc Excel / A unit's dossier register (Form 07) for a period, PDF or Excel",
      tag: "dossiers",
      query: registerQuery,
      produces: [
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      ],
    },
    async (c, { query }) => {
      const actor = requireUser(c);
      const unit = param(c, "unit");
      const tree = await deps.agencies.tree();
      if (!tree.byCode.has(unit))
        throw new AppError("dossiers.unknown_agency", "not_found", {
          vi: `Không có đơn vị ${unit}.`,
          en: `No agency ${unit}.`,
        });
      if (!inScope(scopeFor(actor, "dossier.read", tree.subtreeOf), unit))
        throw new AppError("dossiers.register_forbidden", "forbidden", {
          vi: `Bạn không có quyền xem sổ theo dõi hồ sơ của đơn vị ${unit}.`,
          en: `You may not read the dossier register of ${unit}.`,
        });
      const now = deps.clock.now();
      const lines = await registerLines(deps.db, deps.procedures, tree, unit, query.from, query.to);
      // The register prints applicants' names, addresses and phones (Decree 13/2023/NĐ-CP).
      await deps.db.transaction((tx) =>
        record(tx, actor, now, {
          action: "personal_data.read",
          subjectType: "register",
          subjectId: unit,
          agencyCode: unit,
          details: {
            form: "07",
            from: query.from,
            to: query.to,
            format: query.format,
            lines: lines.length,
          },
        }),
      );
      const name = `so-theo-doi-ho-so-${unit}-${query.from}-${query.to}`;
      if (query.format === "xlsx") {
        const xlsx = await toXlsx([{ name: "Sổ theo dõi hồ sơ", columns: COLUMNS, rows: lines }]);
        return c.body(new Uint8Array(xlsx) as Uint8Array<ArrayBuffer>, 200, {
          "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "content-disposition": contentDisposition("attachment", `${name}.xlsx`),
          "cache-control": "no-store",
        });
      }
      const pdf = await renderForm(
        "07",
        formData07(tree, unit, { from: query.from, to: query.to }, lines, now) as never,
      );
      return c.body(pdf as Uint8Array<ArrayBuffer>, 200, {
        "content-type": "application/pdf",
        "content-disposition": contentDisposition("inline", `${name}.pdf`),
        "cache-control": "no-store",
      });
    },
  );
}
