// The reform index criteria of a year as data: areas → criteria → sub-criteria, each with its
// maximum points and how it is scored (Decision 876/QĐ-BNV: the province issues them yearly).
import { z } from "zod";
import { badInput } from "../../../platform/errors.ts";
import { MEASURES } from "./measures.ts";

const name = z.string().trim().min(1).max(500);
const code = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9.]{1,20}$/, "code");
const points = z.number().min(0).max(100);

const band = z.object({ min: z.number().min(0).max(1), share: z.number().min(0).max(1) }).strict();

export const scoringSchema = z.discriminatedUnion("how", [
  z.object({ how: z.literal("evidence") }).strict(),
  z.object({ how: z.literal("survey") }).strict(),
  z
    .object({
      how: z.literal("system"),
      measure: z.enum(MEASURES),
      /** Share of the points by the figure's value (highest band whose min it reaches); without bands, points × value. */
      bands: z.array(band).max(10).optional(),
    })
    .strict(),
]);
export type Scoring = z.infer<typeof scoringSchema>;

export const subSchema = z.object({ code, name, max: points, scoring: scoringSchema }).strict();
export const criterionSchema = z
  .object({ code, name, subs: z.array(subSchema).min(1).max(30) })
  .strict();
export const areaSchema = z
  .object({ code, name, max: points, criteria: z.array(criterionSchema).min(1).max(30) })
  .strict();
export const areasSchema = z.array(areaSchema).min(1).max(12);

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
