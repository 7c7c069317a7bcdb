// Form 06: Phiếu kiểm soát quá trình giải quyết hồ sơ (Circular 03/2025/TT-VPCP, Appendix I):
// every hand-over, who gave, who received, when, and whether the step was early, on time or late.
import { z } from "zod";
import { codeRow, field, heading, signatures, title } from "./blocks.ts";
import type { Engine } from "./canvas.ts";
import { finishForm, startForm } from "./document.ts";
import { procedureText } from "./parts.ts";
import { formBase, instant, type Lang, procedure, signer, tr } from "./schemas.ts";
import { RESULT_LABELS, stepResult } from "./step-result.ts";
import { table } from "./table.ts";
import { longDateTime, shortDateTime } from "./vn-time.ts";

const name = z.string().trim().min(1).max(200);
const party = z.object({ name, unit: name.optional() });

export const form06Schema = formBase.extend({
  applicantName: name,
  procedure,
  /** Number of the receipt (Form 01) this sheet goes with. */
  receiptNumber: z.string().trim().min(1).max(60).optional(),
  leadAgency: name,
  coordinatingAgencies: z.array(name).default([]),
  receivedAt: instant,
  appointmentAt: instant,
  steps: z
    .array(
      z.object({
        step: z.string().trim().min(1).max(300),
        from: party,
        to: party,
        receivedAt: instant,
        dueAt: instant,
        doneAt: instant.optional(),
        /** Overrides the result derived from doneAt and dueAt. */
        result: z.enum(["early", "on_time", "late"]).optional(),
        note: z.string().trim().min(1).max(500).optional(),
      }),
    )
    .min(1),
  signer: signer.optional(),
});
export type Form06Input = z.input<typeof form06Schema>;

export async function renderForm06(
  input: Form06Input,
  lang: Lang,
  engine: Engine = "fast",
): Promise<Uint8Array> {
  const d = form06Schema.parse(input);
  const t = tr(lang);
  const flow = await startForm("A5", 8.5, "sans", engine);
  const docName = t(
    "Phiếu kiểm soát quá trình giải quyết hồ sơ",
    "Control sheet of the handling steps",
  );
  heading(flow, d, lang);
  title(flow, docName);
  codeRow(flow, d, lang);
  field(
    flow,
    t("Kèm theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả số", "With receipt no."),
    d.receiptNumber,
  );
  field(flow, t("Người nộp hồ sơ", "Applicant"), d.applicantName);
  field(flow, t("Thủ tục", "Procedure"), procedureText(d.procedure, lang));
  field(flow, t("Cơ quan chủ trì giải quyết", "Lead agency"), d.leadAgency);
  field(
    flow,
    t("Cơ quan phối hợp giải quyết", "Coordinating agencies"),
    d.coordinatingAgencies.join("; "),
  );
  field(flow, t("Nhận hồ sơ lúc", "Received at"), longDateTime(d.receivedAt, lang));
  field(flow, t("Hẹn trả kết quả", "Result due at"), longDateTime(d.appointmentAt, lang));
  flow.gap(4);
  const who = (p: { name: string; unit?: string }) => (p.unit ? `${p.name}\n${p.unit}` : p.name);
  table(
    flow,
    [
      { header: t("Bước xử lý", "Step"), width: 1.3 },
      { header: t("Bên giao", "From"), width: 1.3 },
      { header: t("Bên nhận", "To"), width: 1.3 },
      { header: t("Nhận lúc", "Received"), width: 1.15, align: "center" },
      { header: t("Hạn xử lý", "Due"), width: 1.15, align: "center" },
      { header: t("Hoàn thành", "Done"), width: 1.15, align: "center" },
      { header: t("Kết quả", "Result"), width: 0.85, align: "center" },
    ],
    d.steps.map((s, i) => {
      const result = s.result ?? stepResult(s.dueAt, s.doneAt);
      const label = result
        ? RESULT_LABELS[result][lang === "vi" ? 0 : 1]
        : t("Đang xử lý", "In progress");
      return [
        `${i + 1}. ${s.step}${s.note ? `\n(${s.note})` : ""}`,
        who(s.from),
        who(s.to),
        shortDateTime(s.receivedAt).replace(" ", "\n"),
        shortDateTime(s.dueAt).replace(" ", "\n"),
        s.doneAt ? shortDateTime(s.doneAt).replace(" ", "\n") : "",
        label,
      ];
    }),
    6.5,
  );
  if (d.signer) signatures(flow, [{ signer: d.signer, hint: "sign" }], lang);
  return finishForm(flow, { ...d, reference: d.dossierCode }, docName, lang);
}
