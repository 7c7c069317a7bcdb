// Contract of the certified-copy register (server/modules/certification): certifying a copy from
// its original (Decree 23/2015/NĐ-CP; electronically, Decree 45/2020/NĐ-CP Art. 9), the register
// of an agency for a period and the agency's signers.
import { z } from "zod";

const text = (max: number) => z.string().trim().min(1).max(max);

/** A copy certified at the counter: paper, or electronic from a scan of the original. */
export const certifyBody = z.strictObject({
  agency: text(40),
  requesterName: text(200),
  documentName: text(300),
  copies: z.number().int().min(1).max(100),
  /** Pages of a paper original; an electronic copy counts the scan's pages. */
  pages: z.number().int().min(1).max(2000).optional(),
  electronic: z.boolean(),
  /** The scan of the original (PDF, PNG or JPEG), base64: required for an electronic copy. */
  original: z.strictObject({ name: text(200), base64: z.base64().max(28_000_000) }).optional(),
  /** The certifier: a leader or the head of the agency (Decree 23/2015/NĐ-CP Art. 5). */
  signer: text(100),
  dossierCode: text(40).optional(),
});
export type CertifyBody = z.infer<typeof certifyBody>;

export const registerQuery = z.strictObject({
  agency: text(40),
  from: z.iso.date(),
  to: z.iso.date(),
  format: z.enum(["json", "xlsx"]).optional(),
});

export const agencyQuery = z.strictObject({ agency: text(40) });

/** One entry of the register, numbered in the agency's book of the year. */
export const copyView = z.object({
  id: z.number().int(),
  agency: z.string(),
  number: z.number().int(),
  /** The book's number, e.g. "01/2026-SCT/BS". */
  book: z.string(),
  certifiedAt: z.string(),
  requesterName: z.string(),
  documentName: z.string(),
  pages: z.number().int(),
  copies: z.number().int(),
  electronic: z.boolean(),
  /** In đồng (Circular 226/2016/TT-BTC). */
  fee: z.number(),
  signer: z.object({ name: z.string(), title: z.string() }),
  performedBy: z.string(),
  dossierCode: z.string().nullable(),
  /** The signed electronic copy's address, for officials in scope; null for a paper copy. */
  file: z.string().nullable(),
});
export type CopyView = z.infer<typeof copyView>;

export const copyRegister = z.object({ items: z.array(copyView) });

/** An active leader or head of the agency, who may sign a certification. */
export const certificationSigner = z.object({
  username: z.string(),
  name: z.string(),
  title: z.string(),
});
export const certificationSigners = z.object({ items: z.array(certificationSigner) });
export type CertificationSigner = z.infer<typeof certificationSigner>;
