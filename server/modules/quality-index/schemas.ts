// Query and response schemas of the index API (they also describe it in the OpenAPI document).
import { z } from "zod";
import { rulesFor } from "./rules.ts";
import { bandOf, hasDossierData, type IndexResult } from "./score.ts";
import type { Unit } from "./units.ts";

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");
const lang = z.enum(["vi", "en"]).optional();
const unit = z.string().min(1).max(40);

/** The instant the figures are read at (ISO 8601 with an offset); default the end of the period. */
const asOf = z.iso.datetime({ offset: true }).optional();
export const periodQuery = z.object({ unit, from: date, to: date, asOf, lang }).strict();
export const unitQuery = z
  .object({ unit, period: z.enum(["month", "quarter", "year"]).optional(), lang })
  .strict();
export const streamQuery = z
  .object({ unit, from: date.optional(), to: date.optional(), lang })
  .strict();
export const rankingQuery = z
  .object({
    level: z.enum(["department", "commune"]),
    from: date,
    to: date,
    periods: z.coerce.number().int().min(1).max(24).optional(),
    lang,
  })
  .strict();

const names = z.object({ vi: z.string(), en: z.string() });
export const indexResponse = z.object({
  unit: z.string(),
  from: z.string(),
  to: z.string(),
  total: z.number(),
  groups: z.array(z.object({ id: z.string(), max: z.number(), score: z.number() })),
  indicators: z.array(
    z.object({
      id: z.string(),
      numerator: z.number(),
      denominator: z.number(),
      rate: z.number().nullable(),
      max: z.number(),
      score: z.number(),
    }),
  ),
  band: names,
  /** True when no dossier was received or in handling: the band then reads "no data". */
  noData: z.boolean(),
  names: z.object({
    unit: z.string(),
    groups: z.record(z.string(), names),
    indicators: z.record(z.string(), names),
  }),
});

/** The index as the API shows it: the exact figures, then the band and the names. */
export function present(idx: IndexResult, u: Unit) {
  const rules = rulesFor(idx.to);
  const pick = (x: { id: string; vi: string; en: string }) => [x.id, { vi: x.vi, en: x.en }];
  return {
    ...idx,
    band: bandOf(idx, rules),
    noData: !hasDossierData(idx),
    names: {
      unit: u.name,
      groups: Object.fromEntries(rules.groups.map(pick)),
      indicators: Object.fromEntries(rules.indicators.map(pick)),
    },
  };
}
