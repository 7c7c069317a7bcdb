// Request and response shapes of the catalogue (they also describe it in the OpenAPI document).
import { z } from "zod";
import {
  APPLICANT_TYPES,
  duration,
  fee,
  instant,
  isoDate,
  PROCEDURE_LEVELS,
} from "../../../shared/sync-record.ts";
import { ROLES } from "../identity/index.ts";
import { PROCEDURE_METHODS } from "./types.ts";

/** National codes look like 1.001193; local codes are letters, digits, dots and dashes. */
export const PROCEDURE_CODE = /^[0-9A-Za-z][0-9A-Za-z.\-_]{2,39}$/;
export const ONLINE_LEVELS = ["full", "partial", "none"] as const;

const text = (max: number) => z.string().trim().min(1).max(max);

export const stepSchema = z
  .object({
    name: text(200),
    role: z.enum(ROLES),
    agency: z.string().trim().min(1).optional(),
    hours: z.number().positive().max(10_000),
  })
  .strict();

export const componentSchema = z
  .object({
    name: text(500),
    required: z.boolean(),
    originals: z.number().int().min(0).max(100).optional(),
    copies: z.number().int().min(0).max(100).optional(),
    form: text(200).optional(),
    /** Taken from the national population database when the applicant's data was looked up. */
    replacedByPopulationData: z.boolean().optional(),
  })
  .strict();

/** The content of a version, as sent by the catalogue editor. */
export const contentSchema = z
  .object({
    name: text(500),
    field: text(200),
    level: z.enum(PROCEDURE_LEVELS),
    agencies: z.array(z.string().trim().min(1)).min(1).max(200),
    sequence: z.array(text(2000)).max(50).default([]),
    methods: z.array(z.enum(PROCEDURE_METHODS)).max(3).default([]),
    components: z.array(componentSchema).max(100).default([]),
    sets: z.number().int().min(1).max(20).nullable().default(null),
    duration,
    applicantTypes: z.array(z.enum(APPLICANT_TYPES)).default([]),
    fees: z.array(fee).max(50).default([]),
    onlineLevel: z.enum(ONLINE_LEVELS),
    fullOnlineEligible: z.boolean().default(false),
    resultIsDocument: z.boolean().default(true),
    /** The clock pauses while fees or taxes are awaited (land procedures); default: it runs. */
    pauseWhileFeesDue: z.boolean().optional(),
    result: text(500).nullable().default(null),
    legalBasis: z.array(text(500)).max(50).default([]),
    requirements: z.array(text(2000)).max(50).optional(),
    announcement: z
      .object({ number: text(100), date: isoDate })
      .strict()
      .optional(),
    forms: z
      .array(
        z
          .object({ name: text(300), code: text(50).optional(), url: z.url().max(1000).optional() })
          .strict(),
      )
      .max(50)
      .default([]),
    eForm: z.record(z.string(), z.unknown()).nullable().default(null),
    steps: z.array(stepSchema).max(30).default([]),
    announcedAt: isoDate.nullable().default(null),
    legalBasisEffectiveAt: isoDate.nullable().default(null),
    publishedAt: isoDate.nullable().default(null),
  })
  .strict();

const versionMeta = {
  /** When the new version comes into force; now when omitted. */
  validFrom: instant.optional(),
  note: text(500).optional(),
};

export const createBody = contentSchema
  .extend({ code: z.string().regex(PROCEDURE_CODE, "1.001193"), ...versionMeta })
  .strict();
export const updateBody = contentSchema
  .extend({ ...versionMeta, expectedVersion: z.number().int().min(1).optional() })
  .strict();

export const listQuery = z.object({
  q: z.string().max(200).optional(),
  field: z.string().max(200).optional(),
  level: z.enum(PROCEDURE_LEVELS).optional(),
  agency: z.string().max(40).optional(),
  onlineLevel: z.enum(ONLINE_LEVELS).optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});

export const getQuery = z.object({
  version: z.coerce.number().int().min(1).optional(),
  at: instant.optional(),
});

export type ContentInput = z.input<typeof contentSchema>;
export type CreateBody = z.infer<typeof createBody>;
export type UpdateBody = z.infer<typeof updateBody>;
export type ListQuery = z.infer<typeof listQuery>;
