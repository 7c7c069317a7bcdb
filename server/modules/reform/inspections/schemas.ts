// Request schemas of the inspection routes (they also describe the routes in the OpenAPI document).
import { z } from "zod";
import { day, sha256 } from "../directives/schemas.ts";

const text = (max: number) => z.string().trim().min(1).max(max);
const agencyCode = z.string().trim().min(1).max(40);
export const yearSchema = z.coerce.number().int().min(2000).max(2100);

export const planBody = z
  .object({
    year: yearSchema,
    kind: z.enum(["periodic", "unannounced"]),
    target: agencyCode,
    inspector: agencyCode,
    team: z.array(text(200)).min(1).max(20),
    scope: text(5_000),
    plannedOn: day,
  })
  .strict();
export type PlanInput = z.infer<typeof planBody>;

export const findingsBody = z
  .object({
    carriedOn: day,
    team: z.array(text(200)).min(1).max(20).optional(),
    findings: z
      .array(z.object({ area: text(200), text: text(10_000) }).strict())
      .min(1)
      .max(100),
  })
  .strict();
export type FindingsInput = z.infer<typeof findingsBody>;

export const conclusionBody = z
  .object({
    /** The conclusion notice: number and symbol, date, signer, the signed file. */
    number: text(60),
    issuedOn: day,
    signer: text(200),
    fileSha256: sha256.nullable().default(null),
    conclusion: text(20_000),
    items: z
      .array(
        z
          .object({
            ref: text(20),
            text: text(10_000),
            /** The agency that must remedy (the inspected unit or an agency under it). */
            owner: agencyCode.optional(),
            deadline: day,
          })
          .strict(),
      )
      .min(1)
      .max(100),
  })
  .strict();
export type ConclusionInput = z.infer<typeof conclusionBody>;

export const listQuery = z
  .object({ year: yearSchema.optional(), target: agencyCode.optional() })
  .strict();

export const proposalQuery = z
  .object({ year: yearSchema, per: z.coerce.number().int().min(1).max(20).default(3) })
  .strict();
