// Contract of the application's own routes (server/app.ts): the health check.
import { z } from "zod";

export const health = z.object({
  status: z.literal("ok"),
  version: z.string(),
  /** The database engine answering: PostgreSQL or the embedded PGlite. */
  database: z.enum(["postgres", "pglite"]),
  time: z.string(),
});
