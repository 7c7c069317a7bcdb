// Form 03: Phiếu từ chối tiếp nhận giải quyết hồ sơ (Circular 03/2025/TT-VPCP, Appendix I).
import { z } from "zod";
import { codeRow, field, heading, signatures, title } from "./blocks.ts";
import type { Engine } from "./canvas.ts";
import { finishForm, startForm } from "./document.ts";
import { applicantFields, list, procedureText } from "./parts.ts";
import { applicant, formBase, type Lang, procedure, signer, tr } from "./schemas.ts";

export const form03Schema = formBase.extend({
  applicant,
  procedure,
  /** Specific reasons (outside competence, wrong procedure…), each with its basis. */
  reasons: z.array(z.string().trim().min(1).max(1000)).min(1),
  /** Where the applicant should go instead, when known. */
  guidance: z.string().trim().min(1).max(1000).optional(),
  signer,
});
export type Form03Input = z.input<typeof form03Schema>;

export async function renderForm03(
  input: Form03Input,
  lang: Lang,
  engine: Engine = "fast",
): Promise<Uint8Array> {
  const d = form03Schema.parse(input);
  const t = tr(lang);
  const flow = await startForm("A5", 8.5, "sans", engine);
  const name = t(
    "Phiếu từ chối tiếp nhận giải quyết hồ sơ",
    "Refusal to receive and handle the dossier",
  );
  heading(flow, d, lang);
  title(flow, name);
  codeRow(flow, d, lang);
  applicantFields(
    flow,
    d.applicant,
    lang,
    `${d.unit.name} ${t("tiếp nhận hồ sơ của", "received the dossier of")}`,
  );
  field(flow, t("Nội dung yêu cầu giải quyết", "Request"), procedureText(d.procedure, lang));
  flow.gap(2);
  flow.paragraph(
    t(
      `Qua xem xét, ${d.unit.name} thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:`,
      `Having examined it, ${d.unit.name} does not receive or handle this dossier, for these reasons:`,
    ),
    { after: 1 },
  );
  list(flow, d.reasons, "dash");
  field(flow, t("Hướng dẫn", "Guidance"), d.guidance);
  flow.paragraph(t("Xin thông báo để Ông/Bà biết và thực hiện./.", "For your information./."), {
    after: 2,
  });
  flow.gap(4);
  signatures(flow, [{ signer: d.signer, hint: "sign" }], lang);
  return finishForm(flow, { ...d, reference: d.dossierCode }, name, lang);
}
