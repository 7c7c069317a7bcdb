// Request schemas of the survey routes (they also describe the routes in the OpenAPI document).
import { z } from "zod";
import { day } from "../directives/schemas.ts";
import { yearSchema } from "../inspections/schemas.ts";
import { DEFAULT_QUESTIONS, questionSchema } from "./questionnaire.ts";

const agencyCode = z.string().trim().min(1).max(40);

export const surveyBody = z
  .object({
    year: yearSchema,
    title: z.string().trim().min(1).max(300),
    periodFrom: day,
    periodTo: day,
    units: z.array(agencyCode).min(1).max(500),
    questions: z.array(questionSchema).min(1).max(40).default(DEFAULT_QUESTIONS),
    samplePerUnit: z.number().int().min(1).max(100_000),
    closesOn: day,
  })
  .strict();
export type SurveyInput = z.infer<typeof surveyBody>;

/** The token travels in the body, never in a URL the server logs. */
export const tokenBody = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/) }).strict();

export const answerBody = z
  .object({
    token: tokenBody.shape.token,
    answers: z.record(z.string(), z.number().int()),
    comment: z.string().trim().max(2_000).optional(),
  })
  .strict();
export type AnswerInput = z.infer<typeof answerBody>;

export const EXTERNAL_INDICES = ["PAR_INDEX", "SIPAS", "PAPI", "DTI"] as const;
export const externalBody = z
  .object({
    indices: z
      .array(
        z
          .object({
            index: z.enum(EXTERNAL_INDICES),
            score: z.number().min(0).max(1_000),
            maxScore: z.number().min(0).max(1_000).nullable().default(null),
            rank: z.number().int().min(1).max(1_000).nullable().default(null),
            ofCount: z.number().int().min(1).max(1_000).nullable().default(null),
            source: z.string().trim().min(1).max(300),
          })
          .strict(),
      )
      .min(1)
      .max(4),
  })
  .strict();
export type ExternalInput = z.infer<typeof externalBody>;
