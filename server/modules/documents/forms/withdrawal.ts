// Written record of a withdrawal (Giấy xác nhận rút hồ sơ). Decree 118/2025/NĐ-CP lets the
// applicant withdraw a dossier before the result; Circular 03/2025/TT-VPCP prints no form for it,
// so this record follows the layout of the one-stop forms (A5, national heading, dossier code):
// what was withdrawn, when, why, what was handed back, signed by the applicant and the officer.
import { z } from "zod";
import { codeRow, field, heading, signatures, title } from "./blocks.ts";
import type { Engine } from "./canvas.ts";
import { finishForm, startForm } from "./document.ts";
import { applicantFields, list, procedureText } from "./parts.ts";
import { applicant, formBase, instant, type Lang, procedure, signer, tr } from "./schemas.ts";
import { longDateTime } from "./vn-time.ts";

const line = z.string().trim().min(1).max(2000);

export const withdrawalSchema = formBase.extend({
  applicant,
  procedure,
  receivedAt: instant.optional(),
  appointmentAt: instant.optional(),
  withdrawnAt: instant,
  reason: line.optional(),
  /** Components handed back to the applicant. */
  returned: z.array(z.string().trim().min(1).max(500)).default([]),
  /** At the counter the applicant signs too; online the request itself is the writing. */
  atCounter: z.boolean().default(true),
  signer,
});
export type WithdrawalInput = z.input<typeof withdrawalSchema>;

export async function renderWithdrawal(
  input: WithdrawalInput,
  lang: Lang,
  engine: Engine = "fast",
): Promise<Uint8Array> {
  const d = withdrawalSchema.parse(input);
  const t = tr(lang);
  const flow = await startForm("A5", 8.5, "sans", engine);
  const name = t("Giấy xác nhận rút hồ sơ", "Record of a dossier's withdrawal");
  heading(flow, d, lang);
  title(flow, name);
  codeRow(flow, d, lang);
  applicantFields(flow, d.applicant, lang);
  field(flow, t("Thủ tục hành chính", "Procedure"), procedureText(d.procedure, lang));
  if (d.receivedAt)
    field(flow, t("Thời gian nhận hồ sơ", "Received at"), longDateTime(d.receivedAt, lang));
  if (d.appointmentAt)
    field(flow, t("Hẹn trả kết quả", "Result was due at"), longDateTime(d.appointmentAt, lang));
  field(flow, t("Thời gian rút hồ sơ", "Withdrawn at"), longDateTime(d.withdrawnAt, lang));
  field(
    flow,
    t("Lý do", "Reason"),
    d.reason ?? t("Theo đề nghị của người nộp hồ sơ", "At the applicant's request"),
  );
  flow.gap(2);
  flow.paragraph(
    t(
      `${d.unit.name} xác nhận Ông/Bà ${d.applicant.name} đã rút hồ sơ nêu trên; hồ sơ dừng giải quyết kể từ thời điểm rút.`,
      `${d.unit.name} confirms that ${d.applicant.name} withdrew the dossier above; its handling ends at the time of withdrawal.`,
    ),
    { after: 2 },
  );
  if (d.returned.length) {
    flow.paragraph([flow.b(t("Giấy tờ trả lại người nộp:", "Papers handed back:"))], { after: 1 });
    list(flow, d.returned, "dash");
  }
  flow.gap(4);
  const applicantSigner = {
    position: t("Người nộp hồ sơ", "Applicant"),
    name: d.applicant.representative ?? d.applicant.name,
    digital: false,
  };
  const blocks = d.atCounter ? [{ signer: applicantSigner, hint: "sign" as const }] : [];
  blocks.push({ signer: d.signer, hint: "sign" });
  signatures(flow, blocks, lang);
  return finishForm(flow, { ...d, reference: d.dossierCode }, name, lang);
}
