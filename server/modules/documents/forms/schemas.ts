// Input pieces shared by the forms of Circular 03/2025/TT-VPCP, Appendix I.
import { z } from "zod";

const text = (max = 300) => z.string().trim().min(1).max(max);

/** An instant: a Date or an ISO 8601 date-time with its offset; shown in Vietnam time. */
export const instant = z
  .union([z.date(), z.iso.datetime({ offset: true })])
  .transform((v) => new Date(v));

/** A calendar date ('YYYY-MM-DD') or an instant (whose Vietnam-time date is used). */
export const dateLike = z.union([z.iso.date(), instant]);

/** `{receiving unit's electronic identifier}-{yyMMdd}-{NNNN}`, e.g. H58.27-260315-0042. */
export const dossierCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9.]{1,40}-\d{6}-\d{4}$/, "mã hồ sơ không đúng dạng / bad dossier code");

export const issuingUnit = z.object({
  /** Governing agency (tên cơ quan chủ quản), printed above, e.g. "UBND TỈNH ĐỒNG THÁP". */
  parent: text(200).optional(),
  /** Issuing unit (tên cơ quan, đơn vị), e.g. "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG". */
  name: text(200),
});

export const applicant = z.object({
  /** An organisation is named by its name, tax code and legal representative, not as a person. */
  kind: z.enum(["citizen", "organisation"]).optional(),
  name: text(200),
  idNumber: text(30).optional(),
  address: text(400).optional(),
  phone: text(30).optional(),
  email: z.email().optional(),
  /** Person who filed on the applicant's behalf, if any; for an organisation its representative. */
  representative: text(200).optional(),
});

/** The labels that fit the applicant: a person, or an organisation (name, tax code, representative). */
export function applicantLabels(a: { kind?: "citizen" | "organisation" }, lang: Lang) {
  const t = tr(lang);
  return a.kind === "organisation"
    ? {
        of: t("tổ chức", "the organisation"),
        id: t("Mã số doanh nghiệp/Mã số thuế", "Enterprise number / tax code"),
        representative: t("Người đại diện theo pháp luật", "Legal representative"),
        address: t("Địa chỉ trụ sở chính", "Head office address"),
        addressee: "",
      }
    : {
        of: "",
        id: t("Số định danh cá nhân", "Personal identification number"),
        representative: t("Người nộp thay", "Filed by"),
        address: t("Địa chỉ", "Address"),
        addressee: t("Ông/Bà", "Mr/Ms"),
      };
}

export const procedure = z.object({
  /** National procedure code, e.g. "2.000815". */
  code: text(40).optional(),
  name: text(500),
});

export const signer = z.object({
  /** Line above the position for delegated signing: "KT. GIÁM ĐỐC", "TL. CHỦ TỊCH". */
  authority: text(100).optional(),
  /** "NGƯỜI TIẾP NHẬN HỒ SƠ", "PHÓ GIÁM ĐỐC"… */
  position: text(100),
  name: text(100),
  /** Signed with a digital signature: the hint reads "(Đã ký số)". */
  digital: z.boolean().default(false),
});

/** What every form carries: issuing unit, number, place and date, dossier code (text and QR). */
export const formBase = z.object({
  unit: issuingUnit,
  /** Document number with its symbol, e.g. "125/GTN-TTPVHCC". */
  number: text(60),
  /** Place name in the date line, e.g. "Tân Phước". */
  place: text(100),
  issuedAt: dateLike,
  dossierCode,
  /** "01"…"07": printed as "Mẫu số 0x" above the heading. */
  formNo: z
    .string()
    .regex(/^0[1-7]$/)
    .optional(),
  /** QR payload; defaults to the dossier code (e.g. a public look-up URL instead). */
  qrText: text(500).optional(),
});

export const fee = z.object({
  name: text(200),
  /** Amount in đồng. */
  amount: z.number().int().nonnegative(),
});

export const lang = z.enum(["vi", "en"]);
export type Lang = z.infer<typeof lang>;
export type Applicant = z.infer<typeof applicant>;
export type Signer = z.infer<typeof signer>;
export type FormBase = z.infer<typeof formBase>;

/** "1.250.000 đồng" / "1,250,000 VND". */
export function money(amount: number, lang: Lang): string {
  const sep = lang === "vi" ? "." : ",";
  const digits = String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return lang === "vi" ? `${digits} đồng` : `${digits} VND`;
}

/** Picks the Vietnamese or English label. */
export function tr(lang: Lang) {
  return (vi: string, en: string) => (lang === "vi" ? vi : en);
}
