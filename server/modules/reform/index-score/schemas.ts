// Request schemas of the reform index routes.
import { z } from "zod";
import { sha256 } from "../directives/schemas.ts";
import { areasSchema } from "./criteria.ts";
import { ruleSchema } from "./rules.ts";

const sub = z.string().trim().min(1).max(20);
const score = z.number().min(0).max(100);
const text = (max: number) => z.string().trim().min(1).max(max);

export const criteriaBody = z
  .object({ title: text(500), areas: areasSchema, rules: z.array(ruleSchema).max(50).default([]) })
  .strict();
export type CriteriaBody = z.infer<typeof criteriaBody>;

export const selfBody = z
  .object({
    items: z
      .array(
        z
          .object({
            sub,
            score,
            note: z.string().trim().max(5_000).optional(),
            evidence: z.array(sha256).max(20).default([]),
          })
          .strict(),
      )
      .max(300),
    submit: z.boolean().default(false),
  })
  .strict();
export type SelfBody = z.infer<typeof selfBody>;

export const appraiseBody = z
  .object({
    items: z
      .array(z.object({ sub, score, reason: z.string().trim().max(5_000).optional() }).strict())
      .max(300),
  })
  .strict();
export type AppraiseBody = z.infer<typeof appraiseBody>;

export const respondBody = z
  .object({
    items: z
      .array(z.object({ sub, text: text(5_000) }).strict())
      .min(1)
      .max(300),
  })
  .strict();
export type RespondBody = z.infer<typeof respondBody>;

export const rankingQuery = z
  .object({ level: z.enum(["department", "commune"]).optional() })
  .strict();
