// Form 05: Thông báo dừng giải quyết hồ sơ (Circular 03/2025/TT-VPCP, Appendix I).
import { z } from "zod";
import { codeRow, field, heading, signatures, title } from "./blocks.ts";
import type { Engine } from "./canvas.ts";
import { finishForm, startForm } from "./document.ts";
import { list, procedureText } from "./parts.ts";
import { applicant, formBase, instant, type Lang, procedure, signer, tr } from "./schemas.ts";
import { longDate, longDateTime } from "./vn-time.ts";

const line = z.string().trim().min(1).max(2000);

export const form05Schema = formBase.extend({
  applicant,
  procedure,
  receivingUnit: z.string().trim().min(1).max(200).optional(),
  receivedAt: instant,
  appointmentAt: instant,
  /** Legal basis for stopping, e.g. the article of the specialised law. */
  legalBasis: line.optional(),
  reasons: z.array(line).min(1),
  /** What the applicant may do next (resubmit, go to another agency…). */
  guidance: line.optional(),
  recipients: z.array(z.string().trim().min(1).max(200)).default(["Như trên", "Lưu: VT"]),
  signer,
});
export type Form05Input = z.input<typeof form05Schema>;

export async function renderForm05(
  input: Form05Input,
  lang: Lang,
  engine: Engine = "fast",
): Promise<Uint8Array> {
  const d = form05Schema.parse(input);
  const t = tr(lang);
  // Decree 30/2020/NĐ-CP Appendix I: an administrative letter on A4, Times-compatible serif, 13 pt.
  const flow = await startForm("A4", 13, "serif", engine);
  const name = t("Thông báo dừng giải quyết hồ sơ", "Notice of stopping the handling of a dossier");
  heading(flow, d, lang);
  title(flow, name);
  codeRow(flow, d, lang);
  flow.paragraph(
    [flow.r(`${t("Kính gửi", "To")}: `), flow.b(`${t("Ông/Bà", "Mr/Ms")} ${d.applicant.name}`)],
    {
      align: "center",
      after: 4,
    },
  );
  const receiver = d.receivingUnit ?? d.unit.name;
  const proc = procedureText(d.procedure, lang);
  flow.paragraph(
    t(
      `Ngày ${longDate(d.receivedAt, "vi").replace(/^ngày /, "")}, ${receiver} tiếp nhận hồ sơ của Ông/Bà đề nghị giải quyết thủ tục ${proc}, hẹn trả kết quả ${longDateTime(d.appointmentAt, "vi")}.`,
      `On ${longDate(d.receivedAt, "en")}, ${receiver} received your dossier for the procedure ${proc}, with the result due at ${longDateTime(d.appointmentAt, "en")}.`,
    ),
    { after: 3 },
  );
  const basis = d.legalBasis ? `${t("Căn cứ", "Under")} ${d.legalBasis}, ` : "";
  flow.paragraph(
    basis +
      t(
        `${d.unit.name} thông báo dừng giải quyết hồ sơ nêu trên với lý do sau:`,
        `${d.unit.name} gives notice that it stops handling this dossier, for these reasons:`,
      ),
    { after: 1 },
  );
  list(flow, d.reasons, "dash");
  field(flow, t("Hướng dẫn", "Guidance"), d.guidance);
  flow.paragraph(t("Xin thông báo để Ông/Bà biết./.", "For your information./."), { after: 2 });
  flow.gap(4);
  signatures(flow, [{ signer: d.signer, hint: "sign_seal" }], lang, d.recipients);
  return finishForm(flow, { ...d, reference: d.dossierCode }, name, lang);
}
