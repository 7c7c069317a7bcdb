// Form 07: Sổ theo dõi hồ sơ — the dossier register, A4 landscape (Circular 03/2025/TT-VPCP,
// Appendix I). Each row carries its dossier code; the page header carries the book.
import { z } from "zod";
import { heading, signatures, title } from "./blocks.ts";
import type { Engine } from "./canvas.ts";
import { finishForm, startForm } from "./document.ts";
import { dateLike, dossierCode, formBase, instant, type Lang, signer, tr } from "./schemas.ts";
import { table } from "./table.ts";
import { shortDate, shortDateTime } from "./vn-time.ts";

const text = (max: number) => z.string().trim().min(1).max(max);

export const form07Schema = formBase
  .omit({ dossierCode: true, qrText: true, number: true })
  .extend({
    /** Register book (quyển số), e.g. "01/2026". */
    book: text(40),
    period: z.object({ from: dateLike, to: dateLike }).optional(),
    entries: z.array(
      z.object({
        seq: z.number().int().positive().optional(),
        dossierCode,
        procedure: text(500),
        sets: z.number().int().min(1).max(99).default(1),
        applicant: text(200),
        /** Address and phone number. */
        contact: text(400).optional(),
        leadAgency: text(200),
        receivedAt: instant,
        appointmentAt: instant,
        transferredAt: instant.optional(),
        resultReceivedAt: instant.optional(),
        returnedAt: instant.optional(),
        note: text(300).optional(),
      }),
    ),
    signer: signer.optional(),
  });
export type Form07Input = z.input<typeof form07Schema>;

export async function renderForm07(
  input: Form07Input,
  lang: Lang,
  engine: Engine = "fast",
): Promise<Uint8Array> {
  const d = form07Schema.parse(input);
  const t = tr(lang);
  const flow = await startForm("A4L", 9, "sans", engine);
  const name = t("Sổ theo dõi hồ sơ", "Dossier register");
  heading(flow, d, lang, 0.5);
  const period = d.period
    ? ` — ${t("từ", "from")} ${shortDate(d.period.from)} ${t("đến", "to")} ${shortDate(d.period.to)}`
    : "";
  title(flow, name, `${t("Quyển số", "Book")}: ${d.book}${period}`);
  const dt = (v?: Date) => (v ? shortDateTime(v).replace(" ", "\n") : "");
  table(
    flow,
    [
      { header: t("STT", "No."), width: 0.45, align: "center" },
      { header: t("Mã hồ sơ", "Dossier code"), width: 1.6 },
      { header: t("Tên thủ tục hành chính", "Procedure"), width: 1.9 },
      { header: t("Số lượng hồ sơ (bộ)", "Sets"), width: 0.55, align: "center" },
      { header: t("Tên cá nhân, tổ chức", "Applicant"), width: 1.25 },
      { header: t("Địa chỉ, số điện thoại", "Address, phone"), width: 1.35 },
      { header: t("Cơ quan chủ trì giải quyết", "Lead agency"), width: 1.2 },
      { header: t("Nhận hồ sơ", "Received"), width: 0.95, align: "center" },
      { header: t("Hẹn trả kết quả", "Due"), width: 0.95, align: "center" },
      {
        header: t("Chuyển hồ sơ đến cơ quan giải quyết", "Sent to agency"),
        width: 0.95,
        align: "center",
      },
      {
        header: t("Nhận kết quả từ cơ quan giải quyết", "Result from agency"),
        width: 0.95,
        align: "center",
      },
      { header: t("Trả kết quả", "Returned"), width: 0.95, align: "center" },
      { header: t("Ký nhận", "Signature"), width: 0.6 },
      { header: t("Ghi chú", "Note"), width: 0.7 },
    ],
    d.entries.map((e, i) => [
      String(e.seq ?? i + 1),
      e.dossierCode,
      e.procedure,
      String(e.sets),
      e.applicant,
      e.contact ?? "",
      e.leadAgency,
      dt(e.receivedAt),
      dt(e.appointmentAt),
      dt(e.transferredAt),
      dt(e.resultReceivedAt),
      dt(e.returnedAt),
      "",
      e.note ?? "",
    ]),
    7,
  );
  if (d.signer) signatures(flow, [{ signer: d.signer, hint: "sign" }], lang);
  return finishForm(flow, { ...d, reference: `${t("Quyển số", "Book")} ${d.book}` }, name, lang);
}
