// Form 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Circular 03/2025/TT-VPCP, Appendix I).
// One written, complete list of everything to add — never a piecemeal, repeated request.
import { z } from "zod";
import { codeRow, field, heading, signatures, title } from "./blocks.ts";
import type { Engine } from "./canvas.ts";
import { finishForm, startForm } from "./document.ts";
import { applicantFields, list, procedureText } from "./parts.ts";
import { applicant, formBase, type Lang, procedure, signer, tr } from "./schemas.ts";

const line = z.string().trim().min(1).max(1000);

export const form02Schema = formBase.extend({
  applicant,
  procedure,
  /** What to add or correct, each with its legal basis when known. */
  items: z.array(z.object({ text: line, basis: line.optional() })).min(1),
  reason: line.optional(),
  /** From the second request on (Decree 118/2025/NĐ-CP Art. 17): its number and why. */
  request: z.number().int().min(2).max(99).optional(),
  repeatReason: line.optional(),
  /** Who answers questions while the applicant completes the dossier. */
  contact: z.object({ name: line, phone: z.string().trim().min(1).max(30).optional() }).optional(),
  signer,
});
export type Form02Input = z.input<typeof form02Schema>;

export async function renderForm02(
  input: Form02Input,
  lang: Lang,
  engine: Engine = "fast",
): Promise<Uint8Array> {
  const d = form02Schema.parse(input);
  const t = tr(lang);
  const flow = await startForm("A5", 8.5, "sans", engine);
  const name = t("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", "Request to complete the dossier");
  heading(flow, d, lang);
  title(flow, name);
  codeRow(flow, d, lang);
  applicantFields(flow, d.applicant, lang);
  field(flow, t("Nội dung yêu cầu giải quyết", "Request"), procedureText(d.procedure, lang));
  flow.gap(2);
  flow.paragraph(
    [
      flow.b(
        t(
          "Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:",
          "Please complete the dossier as follows:",
        ),
      ),
    ],
    {
      after: 1,
    },
  );
  list(
    flow,
    d.items.map((i) => (i.basis ? `${i.text} (${t("căn cứ", "basis")}: ${i.basis})` : i.text)),
  );
  field(flow, t("Lý do", "Reason"), d.reason);
  if (d.request)
    field(
      flow,
      t(`Lý do yêu cầu bổ sung lần thứ ${d.request}`, `Why a request no. ${d.request}`),
      d.repeatReason ?? "—",
    );
  flow.paragraph(
    [
      flow.i(
        t(
          "Đây là toàn bộ nội dung cần bổ sung, hoàn thiện; cơ quan không yêu cầu thêm nội dung khác ngoài các nội dung nêu trên.",
          "This is the complete list; nothing beyond it will be requested.",
        ),
      ),
    ],
    { after: 2 },
  );
  if (d.contact) {
    const phone = d.contact.phone ? `, ${t("số điện thoại", "phone")} ${d.contact.phone}` : "";
    flow.paragraph(
      t(
        `Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà liên hệ ${d.contact.name}${phone} để được hướng dẫn.`,
        `If anything is unclear while completing the dossier, please contact ${d.contact.name}${phone}.`,
      ),
      { after: 2 },
    );
  }
  flow.gap(4);
  signatures(flow, [{ signer: d.signer, hint: "sign" }], lang);
  return finishForm(flow, { ...d, reference: d.dossierCode }, name, lang);
}
