// What the index routes receive from the composition root.
import type { IdentityDeps } from "../identity/index.ts";
import type { JudgeCache } from "./calendar-judge.ts";
import type { ChangeFeed } from "./live.ts";
import type { ProcedureSource } from "./procedures.ts";

export interface QualityIndexDeps extends IdentityDeps {
  /** Share one with the projector so both judge with the same calendars. */
  judges?: JudgeCache;
  procedures?: ProcedureSource;
  /** The change feed of the live stream (default: one polling deps.db every 300 ms). */
  feed?: ChangeFeed;
}
