// Contract of the Decision 766/QĐ-TTg service index API: the index, what costs points, the
// forecast, the ranking and the per-procedure figures (the Excel export and the live stream are
// files and events, not JSON).
import { z } from "zod";
import { durationUnit } from "../sync-record.ts";

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");
const lang = z.enum(["vi", "en"]).optional();
const unit = z.string().min(1).max(40);
const names = z.object({ vi: z.string(), en: z.string() });

// ---- Requests ----

/** The instant the figures are read at (ISO 8601 with an offset); default the end of the period. */
const asOf = z.iso.datetime({ offset: true }).optional();
export const periodQuery = z.strictObject({ unit, from: date, to: date, asOf, lang });
export const unitQuery = z.strictObject({
  unit,
  period: z.enum(["month", "quarter", "year"]).optional(),
  lang,
});
export const streamQuery = z.strictObject({
  unit,
  from: date.optional(),
  to: date.optional(),
  lang,
});
export const rankingQuery = z.strictObject({
  level: z.enum(["department", "commune"]),
  from: date,
  to: date,
  periods: z.coerce.number().int().min(1).max(24).optional(),
  lang,
});

// ---- Responses ----

const indicatorFigure = z.object({
  id: z.string(),
  numerator: z.number(),
  denominator: z.number(),
  rate: z.number().nullable(),
  max: z.number(),
  score: z.number(),
});

export const indexResponse = z.object({
  unit: z.string(),
  from: z.string(),
  to: z.string(),
  total: z.number(),
  groups: z.array(z.object({ id: z.string(), max: z.number(), score: z.number() })),
  indicators: z.array(indicatorFigure),
  band: names,
  /** True when no dossier was received or in handling: the band then reads "no data". */
  noData: z.boolean(),
  names: z.object({
    unit: z.string(),
    groups: z.record(z.string(), names),
    indicators: z.record(z.string(), names),
  }),
});

const costItem = z.object({
  indicator: z.string(),
  kind: z.enum(["dossier", "procedure", "complaint"]),
  code: z.string(),
  vi: z.string(),
  en: z.string(),
  points: z.number(),
});

export const costsResponse = z.object({
  unit: z.string(),
  from: z.string(),
  to: z.string(),
  /** Largest loss first, 0/0 indicators included, each with what to do about it. */
  indicators: z.array(
    z.object({
      indicator: z.string(),
      name: names,
      numerator: z.number(),
      denominator: z.number(),
      max: z.number(),
      score: z.number(),
      lost: z.number(),
      missingData: z.boolean(),
      advice: names,
      count: z.number(),
      items: z.array(costItem),
    }),
  ),
  items: z.array(costItem.extend({ indicatorName: names })),
});

export const forecastResponse = z.object({
  index: indexResponse,
  asOf: z.string(),
  atRisk: z.array(z.object({ code: z.string(), dueAt: z.string(), points: z.number() })),
});

export const rankingResponse = z.object({
  level: z.string(),
  from: z.string(),
  to: z.string(),
  periods: z.array(z.object({ from: z.string(), to: z.string() })),
  days: z.number(),
  fewDays: z.boolean(),
  units: z.array(
    z.object({
      rank: z.number().nullable(),
      code: z.string(),
      name: z.string(),
      total: z.number(),
      band: names,
      noData: z.boolean(),
      change: z.number().nullable(),
      trend: z.array(z.number().nullable()),
    }),
  ),
});

const duration = z.object({ value: z.number(), unit: durationUnit });

export const proceduresResponse = z.object({
  unit: z.string(),
  from: z.string(),
  to: z.string(),
  procedures: z.array(
    z.object({
      code: z.string(),
      name: z.string().nullable(),
      received: z.number(),
      handled: z.number(),
      onTime: z.number(),
      lost: z.number(),
      averageHandling: duration.extend({ finished: z.number(), legal: duration }).nullable(),
      indicators: z.array(indicatorFigure),
    }),
  ),
});
