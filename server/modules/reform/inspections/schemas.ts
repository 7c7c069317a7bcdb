// Types of the inspection routes' requests (the schemas: shared/contracts/reform.ts).
import type { z } from "zod";
import type {
  conclusionBody,
  findingsBody,
  planBody,
} from "../../../../shared/contracts/reform.ts";

export type PlanInput = z.infer<typeof planBody>;
export type FindingsInput = z.infer<typeof findingsBody>;
export type ConclusionInput = z.infer<typeof conclusionBody>;
