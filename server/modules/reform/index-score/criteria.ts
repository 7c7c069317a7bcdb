// The reform index criteria of a year as data: areas → criteria → sub-criteria, each with its
// maximum points and how it is scored (Decision 876/QĐ-BNV: the province issues them yearly).
import type { z } from "zod";
import type { areaSchema, scoringSchema, subSchema } from "../../../../shared/contracts/reform.ts";
import { badInput } from "../../../platform/errors.ts";

export type Scoring = z.infer<typeof scoringSchema>;
export type SubCriterion = z.infer<typeof subSchema>;
export type Area = z.infer<typeof areaSchema>;

export interface FlatSub extends SubCriterion {
  area: string;
  criterion: string;
}

export function flatten(areas: Area[]): FlatSub[] {
  return areas.flatMap((a) =>
    a.criteria.flatMap((c) => c.subs.map((s) => ({ ...s, area: a.code, criterion: c.code }))),
  );
}

/** The reform index is scored out of 100 points (Decision 876/QĐ-BNV, 2022–2030). */
export const INDEX_TOTAL = 100;

/**
 * Codes are unique; every area's maximum is the sum of its sub-criteria's maxima; the areas sum
 * to 100 points.
 */
export function checkAreas(areas: Area[]): void {
  const seen = new Set<string>();
  const total = areas.reduce((n, a) => n + a.max, 0);
  if (Math.abs(total - INDEX_TOTAL) > 1e-6)
    throw badInput(
      "reform.index_total",
      "areas",
      `tổng điểm tối đa của các lĩnh vực là ${round2(total)}, phải bằng ${INDEX_TOTAL}`,
      `the areas' maxima sum to ${round2(total)}; they must sum to ${INDEX_TOTAL}`,
    );
  areas.forEach((a, i) => {
    let sum = 0;
    for (const c of a.criteria)
      for (const s of c.subs) {
        if (seen.has(s.code))
          throw badInput(
            "reform.duplicate_code",
            `areas[${i}]`,
            `mã tiêu chí thành phần ${s.code} bị trùng`,
            `sub-criterion code ${s.code} is repeated`,
          );
        seen.add(s.code);
        sum += s.max;
      }
    if (Math.abs(sum - a.max) > 1e-6)
      throw badInput(
        "reform.area_max",
        `areas[${i}].max`,
        `điểm tối đa lĩnh vực ${a.code} là ${a.max} nhưng tổng các tiêu chí thành phần là ${round2(sum)}`,
        `area ${a.code} has maximum ${a.max} but its sub-criteria sum to ${round2(sum)}`,
      );
  });
}

export const round2 = (x: number) => Math.round((x + Number.EPSILON) * 100) / 100;
