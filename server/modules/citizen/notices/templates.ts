// The notices sent to applicants, in Vietnamese and English: received (with the dossier code and
// the look-up secret), complete your dossier, fee due, result ready, apology with the new date,
// complaint answered. SMS carries the text without accents (GSM 7-bit, one or few segments).

export const NOTICE_KINDS = [
  "received",
  "complete",
  "fee-due",
  "result-ready",
  "apology",
  "complaint-answered",
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];
export type NoticeLang = "vi" | "en";

export interface NoticeFacts {
  code: string;
  procedure: string;
  secret?: string;
  dueAt?: string | null;
  newDueAt?: string | null;
  amount?: number;
  link: string;
}

type Text = (f: NoticeFacts) => { subject: string; body: string };

// Built once: an Intl formatter costs far more to build than to use (every intake sends a notice).
const dateIn = (locale: string) =>
  new Intl.DateTimeFormat(locale, {
    timeZone: "Asia/Ho_Chi_Minh",
    dateStyle: "short",
    timeStyle: "short",
  });
const DATE: Record<NoticeLang, Intl.DateTimeFormat> = { vi: dateIn("vi-VN"), en: dateIn("en-GB") };
const VND = new Intl.NumberFormat("vi-VN");
const vnDate = (iso: string | null | undefined, lang: NoticeLang) =>
  iso ? DATE[lang === "en" ? "en" : "vi"].format(new Date(iso)) : "—";
const money = (n: number | undefined) => `${VND.format(n ?? 0)} đ`;

const VI: Record<NoticeKind, Text> = {
  received: (f) => ({
    subject: `Đã tiếp nhận hồ sơ ${f.code}`,
    body: `Hồ sơ ${f.code} (${f.procedure}) đã được tiếp nhận. Mã tra cứu: ${f.secret ?? "—"}. Ngày hẹn trả kết quả: ${vnDate(f.dueAt, "vi")}. Tra cứu: ${f.link}`,
  }),
  complete: (f) => ({
    subject: `Hồ sơ ${f.code} cần bổ sung, hoàn thiện`,
    body: `Hồ sơ ${f.code} (${f.procedure}) cần bổ sung, hoàn thiện theo phiếu yêu cầu của cơ quan. Xem chi tiết: ${f.link}`,
  }),
  "fee-due": (f) => ({
    subject: `Hồ sơ ${f.code}: nộp phí, lệ phí`,
    body: `Hồ sơ ${f.code} (${f.procedure}) cần nộp phí, lệ phí ${money(f.amount)}. Thanh toán trực tuyến: ${f.link}`,
  }),
  "result-ready": (f) => ({
    subject: `Hồ sơ ${f.code} đã có kết quả`,
    body: `Hồ sơ ${f.code} (${f.procedure}) đã có kết quả giải quyết. Tải kết quả điện tử hoặc nhận theo hình thức đã chọn: ${f.link}`,
  }),
  apology: (f) => ({
    subject: `Thư xin lỗi và hẹn lại ngày trả kết quả hồ sơ ${f.code}`,
    body: `Cơ quan xin lỗi vì hồ sơ ${f.code} (${f.procedure}) chưa giải quyết đúng hẹn. Ngày hẹn trả kết quả mới: ${vnDate(f.newDueAt, "vi")}. Xem thư xin lỗi: ${f.link}`,
  }),
  "complaint-answered": (f) => ({
    subject: `Phản ánh, kiến nghị ${f.code} đã được trả lời`,
    body: `Phản ánh, kiến nghị ${f.code} đã được trả lời. Xem nội dung trả lời: ${f.link}`,
  }),
};

const EN: Record<NoticeKind, Text> = {
  received: (f) => ({
    subject: `Dossier ${f.code} received`,
    body: `Dossier ${f.code} (${f.procedure}) has been received. Look-up secret: ${f.secret ?? "—"}. Result due: ${vnDate(f.dueAt, "en")}. Look it up: ${f.link}`,
  }),
  complete: (f) => ({
    subject: `Dossier ${f.code}: please complete it`,
    body: `Dossier ${f.code} (${f.procedure}) needs to be completed as the agency's request lists. Details: ${f.link}`,
  }),
  "fee-due": (f) => ({
    subject: `Dossier ${f.code}: fee due`,
    body: `Dossier ${f.code} (${f.procedure}) has a fee of ${money(f.amount)} due. Pay online: ${f.link}`,
  }),
  "result-ready": (f) => ({
    subject: `Dossier ${f.code}: result ready`,
    body: `The result of dossier ${f.code} (${f.procedure}) is ready. Download the electronic result or receive it as you chose: ${f.link}`,
  }),
  apology: (f) => ({
    subject: `Apology and new date for dossier ${f.code}`,
    body: `We apologise: dossier ${f.code} (${f.procedure}) was not handled on time. The new date for the result: ${vnDate(f.newDueAt, "en")}. Read the letter: ${f.link}`,
  }),
  "complaint-answered": (f) => ({
    subject: `Complaint ${f.code} answered`,
    body: `Your complaint ${f.code} has been answered. Read the answer: ${f.link}`,
  }),
};

export function renderNotice(kind: NoticeKind, lang: NoticeLang, f: NoticeFacts) {
  return (lang === "en" ? EN : VI)[kind](f);
}

/** Vietnamese without accents, for SMS. */
export function unaccented(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^\x20-\x7e\n]/g, "");
}
