// Form 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Circular 03/2025/TT-VPCP, Appendix I).
import { z } from "zod";
import { codeRow, field, heading, signatures, title } from "./blocks.ts";
import type { Engine } from "./canvas.ts";
import { finishForm, startForm } from "./document.ts";
import {
  applicant,
  applicantLabels,
  fee,
  formBase,
  instant,
  type Lang,
  money,
  procedure,
  signer,
  tr,
} from "./schemas.ts";
import { longDateTime } from "./vn-time.ts";

const count = z.number().int().min(0).max(99);

export const form01Schema = formBase.extend({
  applicant,
  procedure,
  /** Which copy this is: kept on file, or handed to the applicant. */
  copy: z.enum(["applicant", "archive"]).optional(),
  /** 1 at the counter, 2 online, 3 by public postal service (KenhThucHien). */
  channel: z.enum(["counter", "online", "post"]).default("counter"),
  components: z
    .array(
      z.object({
        name: z.string().trim().min(1).max(500),
        originals: count.default(0),
        copies: count.default(0),
        /** Fetched from a national database instead of asked for. */
        reused: z.boolean().default(false),
        /** Taken from the national population database (Decree 104/2022/NĐ-CP). */
        fromPopulationData: z.boolean().default(false),
      }),
    )
    .min(1),
  /** Number of sets (bộ) received. */
  sets: z.number().int().min(1).max(99).default(1),
  /** The legal handling time as the catalogue announces it (months stay months). */
  legalTime: z.object({
    amount: z.number().nonnegative().max(1000),
    unit: z.enum(["working_days", "working_hours", "days", "months", "same_day"]),
  }),
  receivedAt: instant,
  appointmentAt: instant,
  fees: z.array(fee).default([]),
  delivery: z.object({
    method: z.enum(["counter", "post", "online"]),
    /** Counter name or postal address. */
    address: z.string().trim().min(1).max(400).optional(),
  }),
  register: z
    .object({ book: z.string().trim().min(1).max(40), seq: z.number().int().positive() })
    .optional(),
  receiver: signer,
  /** The look-up secret (mã tra cứu), printed on the applicant's copy beside the dossier code. */
  lookupSecret: z.string().trim().min(4).max(64).optional(),
});
export type Form01Input = z.input<typeof form01Schema>;

const UNITS = {
  working_days: ["ngày làm việc", "working days"],
  working_hours: ["giờ làm việc", "working hours"],
  days: ["ngày", "days"],
  months: ["tháng", "months"],
} as const;

/** "3 tháng", "0,5 ngày làm việc", "Trong ngày" (Decree 118/2025/NĐ-CP: the time as announced). */
function legalTimeText(lt: { amount: number; unit: keyof typeof UNITS | "same_day" }, lang: Lang) {
  if (lt.unit === "same_day") return lang === "vi" ? "Trong ngày" : "Same day";
  const n = lang === "vi" ? String(lt.amount).replace(".", ",") : String(lt.amount);
  return `${n} ${UNITS[lt.unit][lang === "vi" ? 0 : 1]}`;
}

export async function renderForm01(
  input: Form01Input,
  lang: Lang,
  engine: Engine = "fast",
): Promise<Uint8Array> {
  const d = form01Schema.parse(input);
  const t = tr(lang);
  const flow = await startForm("A5", 8.5, "sans", engine);
  const name = t("Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "Receipt and appointment slip");
  heading(flow, d, lang);
  title(flow, name);
  const copy =
    d.copy &&
    (d.copy === "applicant"
      ? t("Giao người nộp hồ sơ", "Applicant's copy")
      : t("Lưu", "File copy"));
  // The applicant looks the dossier up with the code and the secret; the QR opens the look-up
  // page for the code (qrText), the secret is only printed.
  const secret =
    d.lookupSecret && d.copy !== "archive"
      ? [[flow.r(`${t("Mã tra cứu", "Look-up secret")}: `), flow.b(d.lookupSecret)]]
      : [];
  codeRow(flow, d, lang, [
    ...secret,
    ...(copy ? [[flow.r(`${t("Liên", "Copy")}: `), flow.i(copy)]] : []),
  ]);

  const who = applicantLabels(d.applicant, lang);
  field(
    flow,
    `${d.unit.name} ${t("tiếp nhận hồ sơ của", "received the dossier of")}${who.of ? ` ${who.of}` : ""}`,
    d.applicant.name,
  );
  field(flow, who.id, d.applicant.idNumber);
  field(flow, who.representative, d.applicant.representative);
  field(flow, who.address, d.applicant.address);
  const contact = [d.applicant.phone, d.applicant.email].filter(Boolean).join(" — ");
  field(flow, t("Số điện thoại, thư điện tử", "Phone, e-mail"), contact);
  const proc = d.procedure.code
    ? `${d.procedure.name} (${t("mã", "code")} ${d.procedure.code})`
    : d.procedure.name;
  field(flow, t("Nội dung yêu cầu giải quyết", "Request"), proc);
  flow.gap(2);

  flow.paragraph([flow.b(t("1. Thành phần hồ sơ nộp gồm:", "1. Components received:"))], {
    after: 1,
  });
  d.components.forEach((c, i) => {
    const parts = [
      c.originals ? `${c.originals} ${t("bản chính", "original(s)")}` : "",
      c.copies ? `${c.copies} ${t("bản sao", "copy(ies)")}` : "",
      c.fromPopulationData
        ? t(
            "khai thác từ Cơ sở dữ liệu quốc gia về dân cư, không yêu cầu nộp",
            "taken from the national population database, not handed in",
          )
        : c.reused
          ? t("khai thác từ cơ sở dữ liệu, không yêu cầu nộp", "fetched from a national database")
          : "",
    ].filter(Boolean);
    flow.paragraph(
      [flow.r(`(${i + 1}) ${c.name}`), flow.i(parts.length ? ` — ${parts.join(", ")}` : "")],
      {
        indent: 10,
      },
    );
  });
  field(
    flow,
    t("2. Số lượng hồ sơ", "2. Number of sets"),
    `${String(d.sets).padStart(2, "0")} ${t("bộ", "set(s)")}`,
  );
  field(
    flow,
    t("3. Thời gian giải quyết hồ sơ theo quy định", "3. Legal handling time"),
    legalTimeText(d.legalTime, lang),
  );
  field(flow, t("4. Thời gian nhận hồ sơ", "4. Received at"), longDateTime(d.receivedAt, lang));
  field(
    flow,
    t("5. Thời gian trả kết quả giải quyết hồ sơ", "5. Result due at"),
    longDateTime(d.appointmentAt, lang),
  );
  const total = d.fees.reduce((s, f) => s + f.amount, 0);
  field(flow, t("6. Phí, lệ phí", "6. Fees"), total ? money(total, lang) : t("Không thu", "None"));
  if (d.fees.length > 1)
    for (const f of d.fees) flow.paragraph(`- ${f.name}: ${money(f.amount, lang)}`, { indent: 10 });
  const where = {
    counter: t("Tại Bộ phận Một cửa", "At the one-stop counter"),
    post: t("Qua dịch vụ bưu chính công ích", "By public postal service"),
    online: t(
      "Trực tuyến, trên Cổng Dịch vụ công quốc gia",
      "Online, on the National Public Service Portal",
    ),
  }[d.delivery.method];
  const at = d.delivery.address ? `${where}: ${d.delivery.address}` : where;
  field(flow, t("7. Đăng ký nhận kết quả", "7. Result delivery"), at);
  if (d.register) {
    flow.paragraph(
      [
        flow.i(t("Vào Sổ theo dõi hồ sơ, Quyển số: ", "Entered in the dossier register, book ")),
        flow.b(d.register.book),
        flow.i(t(", Số thứ tự: ", ", entry ")),
        flow.b(String(d.register.seq)),
      ],
      { after: 2 },
    );
  }
  flow.gap(4);

  const applicantSigner = {
    position: t("Người nộp hồ sơ", "Applicant"),
    name: d.applicant.representative ?? d.applicant.name,
    digital: false,
  };
  const blocks =
    d.channel === "counter" ? [{ signer: applicantSigner, hint: "sign" as const }] : [];
  blocks.push({ signer: d.receiver, hint: "sign" });
  signatures(flow, blocks, lang);
  return finishForm(flow, { ...d, reference: d.dossierCode }, name, lang);
}
