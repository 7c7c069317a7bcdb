// Types of the reform index routes' requests (the schemas: shared/contracts/reform.ts).
import type { z } from "zod";
import type { appraiseBody, respondBody, selfBody } from "../../../../shared/contracts/reform.ts";

export type SelfBody = z.infer<typeof selfBody>;
export type AppraiseBody = z.infer<typeof appraiseBody>;
export type RespondBody = z.infer<typeof respondBody>;
