import { z } from "zod";

const text = (max: number) => z.string().trim().min(1).max(max);

/** A copy certified at the counter: paper, or electronic from a scan of the original. */
export const certifyBody = z
  .object({
    agency: text(40),
    requesterName: text(200),
    documentName: text(300),
    copies: z.number().int().min(1).max(100),
    /** Pages of a paper original; an electronic copy counts the scan's pages. */
    pages: z.number().int().min(1).max(2000).optional(),
    electronic: z.boolean(),
    /** The scan of the original (PDF, PNG or JPEG), base64: required for an electronic copy. */
    original: z
      .object({ name: text(200), base64: z.base64().max(28_000_000) })
      .strict()
      .optional(),
    /** The certifier: a leader or the head of the agency (Decree 23/2015/NĐ-CP Art. 5). */
    signer: text(100),
    dossierCode: text(40).optional(),
  })
  .strict();
export type CertifyBody = z.infer<typeof certifyBody>;

export const registerQuery = z
  .object({
    agency: text(40),
    from: z.iso.date(),
    to: z.iso.date(),
    format: z.enum(["json", "xlsx"]).optional(),
  })
  .strict();

export const agencyQuery = z.object({ agency: text(40) }).strict();
