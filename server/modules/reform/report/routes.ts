// Periodic reform report routes: the draft (the unit's text with the system's figures and task
// progress), saving the edited text (a command: the text and its audit record in one
// transaction), and the exports as DOCX (editable) and PDF (reads: rendered, nothing stored).
import {
  periodicReportView,
  reportSaved,
  reportText,
} from "../../../../shared/contracts/reform.ts";
import { commandsOn } from "../../../platform/command.ts";
import { contentDisposition } from "../../../platform/content-disposition.ts";
import { badInput } from "../../../platform/errors.ts";
import type { Api, Ctx } from "../../../platform/http.ts";
import { param } from "../../../platform/http.ts";
import { adminDocumentDocx, adminDocumentPdf } from "../../documents/index.ts";
import {
  type AgencyTree,
  authorize,
  requireUser,
  type WithCommands,
} from "../../identity/index.ts";
import type { ReformDeps } from "../deps.ts";
import { notAUnit } from "../errors.ts";
import { namedPeriod, vnDay } from "../periods.ts";
import { UNIT_LEVELS } from "../units.ts";
import { loadDraft, reportDocument } from "./draft.ts";

export function reportRoutes(api: Api, deps: ReformDeps & WithCommands) {
  const command = commandsOn(api, deps.commands);
  const tag = "reform";
  const base = "/api/reform/reports/:agency/:period";

  /** The report's unit (a department or a commune) and period, from the path. */
  const reportOf = (c: Ctx, tree: AgencyTree) => {
    const agency = param(c, "agency");
    const unit = tree.byCode.get(agency);
    if (!unit || !(UNIT_LEVELS as readonly string[]).includes(unit.level)) throw notAUnit(agency);
    const name = param(c, "period");
    const p = namedPeriod(name);
    if (!p)
      throw badInput(
        "reform.bad_period",
        "period",
        "kỳ báo cáo không hợp lệ (ví dụ 2026-Q1, 2026-H1, 2026)",
        "invalid report period (e.g. 2026-Q1, 2026-H1, 2026)",
      );
    return { agency, period: { ...p, name } };
  };

  const target = async (c: Ctx) => {
    const tree = await deps.agencies.tree();
    authorize(requireUser(c), "reform.read", tree.subtreeOf, param(c, "agency"));
    return { tree, ...reportOf(c, tree) };
  };

  const draftOf = async (c: Ctx) => {
    const t = await target(c);
    const today = vnDay(deps.clock.now());
    return {
      ...t,
      today,
      draft: await loadDraft(deps, deps.db, t.tree, t.agency, t.period, today),
    };
  };

  api.route(
    {
      method: "get",
      path: base,
      response: periodicReportView,
      summary:
        "Dự thảo báo cáo định kỳ CCHC với số liệu của hệ thống / The periodic reform report draft",
      tag,
    },
    async (c) => (await draftOf(c)).draft,
  );

  command(
    {
      method: "put",
      path: base,
      response: reportSaved,
      summary: "Lưu nội dung báo cáo định kỳ đã chỉnh sửa / Save the edited report text",
      tag,
      action: "reform.report",
      agency: ({ c }) => param(c, "agency"),
      body: reportText,
    },
    async ({ c, tx, actor, body, now }) => {
      const t = reportOf(c, await deps.agencies.tree(tx));
      await tx.query(
        `INSERT INTO reform_reports (agency_code, period, number, place, signer, recipients, sections, updated_at, updated_by)
         VALUES ($1, $2, $3, $4, $5::jsonb, $6::text[], $7::jsonb, $8, $9)
         ON CONFLICT (agency_code, period) DO UPDATE SET number = EXCLUDED.number, place = EXCLUDED.place,
           signer = EXCLUDED.signer, recipients = EXCLUDED.recipients, sections = EXCLUDED.sections,
           updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by`,
        [
          t.agency,
          t.period.name,
          body.number,
          body.place,
          JSON.stringify(body.signer),
          body.recipients,
          JSON.stringify(body.sections),
          now,
          actor.username,
        ],
      );
      return {
        answer: { saved: true, at: now.toISOString() },
        audit: {
          action: "reform.report_saved",
          subjectType: "reform_report",
          subjectId: `${t.agency}/${t.period.name}`,
          agencyCode: t.agency,
          details: { number: body.number },
        },
      };
    },
  );

  const fileName = (agency: string, period: string, ext: string) =>
    `bao-cao-cchc-${agency}-${period}.${ext}`;

  api.route(
    {
      method: "get",
      path: `${base}/docx`,
      produces: ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
      summary: "Xuất báo cáo định kỳ ra DOCX / Export the report as DOCX",
      tag,
    },
    async (c) => {
      const d = await draftOf(c);
      const docx = adminDocumentDocx(reportDocument(d.draft, d.tree, d.today));
      return c.body(new Uint8Array(docx) as Uint8Array<ArrayBuffer>, 200, {
        "content-type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "content-disposition": contentDisposition(
          "attachment",
          fileName(d.agency, d.period.name, "docx"),
        ),
      });
    },
  );

  api.route(
    {
      method: "get",
      path: `${base}/pdf`,
      produces: ["application/pdf"],
      summary: "Xuất báo cáo định kỳ ra PDF / Export the report as PDF",
      tag,
    },
    async (c) => {
      const d = await draftOf(c);
      const pdf = await adminDocumentPdf(reportDocument(d.draft, d.tree, d.today));
      return c.body(pdf as Uint8Array<ArrayBuffer>, 200, {
        "content-type": "application/pdf",
        "content-disposition": contentDisposition(
          "attachment",
          fileName(d.agency, d.period.name, "pdf"),
        ),
      });
    },
  );
}
