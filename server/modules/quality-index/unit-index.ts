// The Decision 766 index of one unit for a period, exactly as GET /api/index presents it, for other
// modules' views (the control room's page per unit) through the composition root.
import type { Sql } from "../../platform/db.ts";
import type { AgencyTree } from "../identity/index.ts";
import type { JudgeCache } from "./calendar-judge.ts";
import type { Period } from "./days.ts";
import { present } from "./schemas.ts";
import { indexOf } from "./service.ts";
import { resolveUnit } from "./units.ts";

export async function unitServiceIndex(
  ctx: { sql: Sql; judges: JudgeCache; now: () => Date },
  tree: AgencyTree,
  code: string,
  period: Period,
) {
  const unit = resolveUnit(tree, code);
  return present(await indexOf(ctx, unit, period), unit);
}
