// An administrative document (văn bản hành chính, Decree 30/2020/NĐ-CP Appendix I) as data:
// the national heading, number and symbol, place and date, title, the body in blocks, the signer
// block and the recipients. Rendered to PDF and to DOCX from the same model.
import { z } from "zod";
import { issuingUnit, signer } from "../forms/schemas.ts";

const text = (max: number) => z.string().trim().min(1).max(max);

export const adminBlock = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("heading"), text: text(500) }),
  z.object({ kind: z.literal("paragraph"), text: z.string().max(50_000) }),
  z.object({
    kind: z.literal("table"),
    columns: z
      .array(
        z.object({
          header: text(200),
          width: z.number().positive(),
          align: z.enum(["left", "center", "right"]).optional(),
        }),
      )
      .min(1)
      .max(10),
    rows: z.array(z.array(z.string().max(5_000))).max(2_000),
  }),
]);
export type AdminBlock = z.infer<typeof adminBlock>;

export const adminDocument = z.object({
  unit: issuingUnit,
  /** Number and symbol, e.g. "12/BC-UBND". */
  number: text(60),
  place: text(100),
  /** The Vietnam calendar day of issue, YYYY-MM-DD. */
  issuedOn: z.iso.date(),
  /** Kind and subject: "BÁO CÁO" and "Kết quả công tác cải cách hành chính quý I năm 2026". */
  title: text(200),
  subject: text(500).optional(),
  blocks: z.array(adminBlock).max(500),
  signer,
  recipients: z.array(text(200)).max(30),
});
export type AdminDocument = z.input<typeof adminDocument>;
