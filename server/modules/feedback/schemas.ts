// Request schemas of the feedback routes (they also describe the routes in the OpenAPI document).
import { z } from "zod";
import { lookupSecret as secret } from "../dossiers/index.ts";
import { SUMMARY_BY } from "./actions/summarize-evaluations.ts";
import { COMPLAINT_STATES } from "./complaints/states.ts";
import { COMPLAINT_CLASSES } from "./complaints/types.ts";
import {
  CRITERION_IDS,
  type CriterionId,
  REACTIONS,
  SATISFACTION,
} from "./evaluations/criteria.ts";

const text = (max: number) => z.string().trim().min(1).max(max);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");
const point = z.literal([0, 1, 2]);
const scores = z
  .object(
    Object.fromEntries(CRITERION_IDS.map((id) => [id, point])) as Record<CriterionId, typeof point>,
  )
  .strict();

export const evaluationBody = z
  .object({
    secret: secret.optional(),
    scores,
    convenience: z.enum(SATISFACTION),
    overall: z.enum(SATISFACTION),
    reaction: z.enum(REACTIONS).nullable().optional(),
    comment: z.string().trim().max(2000).optional(),
  })
  .strict();
export type EvaluationBody = z.infer<typeof evaluationBody>;

export const langQuery = z.object({ lang: z.enum(["vi", "en"]).optional() }).strict();

export const summaryQuery = z
  .object({
    by: z.enum(SUMMARY_BY).default("agency"),
    from: date,
    to: date,
    agency: z.string().max(40).optional(),
    lang: z.enum(["vi", "en"]).optional(),
  })
  .strict();

export const complaintBody = z
  .object({
    dossierCode: z.string().trim().min(1).max(40).optional(),
    agencyCode: z.string().trim().min(1).max(40).optional(),
    class: z.enum(COMPLAINT_CLASSES).default("regulation"),
    title: text(200).optional(),
    content: text(5000),
    complainant: z
      .object({
        name: text(200),
        phone: z.string().trim().max(20).optional(),
        email: z.email().optional(),
        address: z.string().trim().max(300).optional(),
      })
      .strict()
      .superRefine((c, ctx) => {
        // Decree 20/2008/NĐ-CP (as amended): a complaint states who sends it and how to reach them.
        if (!c.phone && !c.email && !c.address)
          ctx.addIssue({
            code: "custom",
            path: ["phone"],
            message:
              "give a phone number, an email or an address (cần số điện thoại, email hoặc địa chỉ)",
          });
      }),
  })
  .strict();

const page = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
};

export const complaintListQuery = z
  .object({
    state: z.enum(COMPLAINT_STATES).optional(),
    agency: z.string().max(40).optional(),
    from: date.optional(),
    to: date.optional(),
    ...page,
    lang: z.enum(["vi", "en"]).optional(),
  })
  .strict();

export const publishedQuery = z
  .object({ agency: z.string().max(40).optional(), ...page, lang: z.enum(["vi", "en"]).optional() })
  .strict();

export const infoBody = z.object({ secret, text: text(5000) }).strict();
export const ratingBody = z
  .object({
    secret,
    reaction: z.enum(REACTIONS),
    raiseAgain: z
      .object({ content: text(5000), title: text(200).optional() })
      .strict()
      .optional(),
  })
  .strict();
export const reactionBody = z.object({ reaction: z.enum(REACTIONS) }).strict();
export const classifyBody = z
  .object({
    class: z.enum(COMPLAINT_CLASSES),
    agencyCode: z.string().trim().min(1).max(40).optional(),
  })
  .strict();
export const refuseBody = z.object({ reason: text(2000) }).strict();
export const requestInfoBody = z.object({ text: text(2000) }).strict();
export const answerBody = z.object({ answer: text(10000) }).strict();
export const publishBody = z.object({ publicQuestion: text(5000).optional() }).strict();
