// Form 04: Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết (Circular 03/2025/TT-VPCP,
// Appendix I). Every late dossier gets one, signed by the head, with a new date set once.
import { z } from "zod";
import { codeRow, heading, signatures, title } from "./blocks.ts";
import type { Engine } from "./canvas.ts";
import { finishForm, startForm } from "./document.ts";
import { procedureText } from "./parts.ts";
import { applicant, formBase, instant, type Lang, procedure, signer, tr } from "./schemas.ts";
import { longDate, longDateTime } from "./vn-time.ts";

export const form04Schema = formBase
  .extend({
    applicant,
    procedure,
    /** Unit that received the dossier, when not the issuing agency (e.g. the one-stop centre). */
    receivingUnit: z.string().trim().min(1).max(200).optional(),
    receivedAt: instant,
    appointmentAt: instant,
    newAppointmentAt: instant,
    reason: z.string().trim().min(1).max(2000),
    recipients: z.array(z.string().trim().min(1).max(200)).default(["Như trên", "Lưu: VT"]),
    signer,
  })
  .refine((d) => d.newAppointmentAt.getTime() > d.appointmentAt.getTime(), {
    path: ["newAppointmentAt"],
    message: "hẹn mới phải sau hẹn cũ / the new date must follow the original one",
  });
export type Form04Input = z.input<typeof form04Schema>;

export async function renderForm04(
  input: Form04Input,
  lang: Lang,
  engine: Engine = "fast",
): Promise<Uint8Array> {
  const d = form04Schema.parse(input);
  const t = tr(lang);
  // Decree 30/2020/NĐ-CP Appendix I: an administrative letter on A4, Times-compatible serif, 13 pt.
  const flow = await startForm("A4", 13, "serif", engine);
  const name = t(
    "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết",
    "Apology and request to extend the handling time",
  );
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
  const p = (text: string) => flow.paragraph(text, { indent: 0, after: 3 });
  p(
    t(
      `Ngày ${longDate(d.receivedAt, "vi").replace(/^ngày /, "")}, ${receiver} tiếp nhận hồ sơ của Ông/Bà đề nghị giải quyết thủ tục ${proc}, mã hồ sơ ${d.dossierCode}. Thời gian hẹn trả kết quả: ${longDateTime(d.appointmentAt, "vi")}.`,
      `On ${longDate(d.receivedAt, "en")}, ${receiver} received your dossier ${d.dossierCode} for the procedure ${proc}. The result was due at ${longDateTime(d.appointmentAt, "en")}.`,
    ),
  );
  flow.paragraph(
    [
      flow.r(
        t(
          "Đến nay, hồ sơ của Ông/Bà chưa được giải quyết đúng hạn. Lý do: ",
          "Your dossier has not been handled on time. Reason: ",
        ),
      ),
      flow.b(d.reason),
    ],
    { after: 3 },
  );
  p(
    t(
      `Sự chậm trễ này đã gây phiền hà, tốn kém thời gian, chi phí của Ông/Bà. ${d.unit.name} trân trọng xin lỗi Ông/Bà và đề nghị được gia hạn thời gian giải quyết hồ sơ.`,
      `We regret the trouble, time and cost this delay has caused you. ${d.unit.name} sincerely apologises and asks to extend the handling time.`,
    ),
  );
  flow.paragraph(
    [
      flow.r(t("Thời gian hẹn trả kết quả mới: ", "New appointment: ")),
      flow.b(longDateTime(d.newAppointmentAt, lang)),
      flow.r("."),
    ],
    { after: 3 },
  );
  p(t("Rất mong nhận được sự thông cảm của Ông/Bà./.", "Thank you for your understanding./."));
  flow.gap(4);
  signatures(flow, [{ signer: d.signer, hint: "sign_seal" }], lang, d.recipients);
  return finishForm(flow, { ...d, reference: d.dossierCode }, name, lang);
}
