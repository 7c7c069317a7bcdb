// The year in a reform route's path (`:year`: the index, surveys, external indices), checked.
import { badInput } from "../../platform/errors.ts";
import type { Ctx } from "../../platform/http.ts";
import { param } from "../../platform/http.ts";

export function yearOf(c: Ctx): number {
  const y = Number(param(c, "year"));
  if (!Number.isInteger(y) || y < 2000 || y > 2100)
    throw badInput(
      "reform.bad_year",
      "year",
      "năm không hợp lệ (2000–2100)",
      "invalid year (2000–2100)",
    );
  return y;
}
