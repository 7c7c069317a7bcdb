// Contract of the procedure catalogue (server/modules/catalog): search, a procedure's version,
// its versions, the editor's create and edit bodies, and the e-form check.
import { z } from "zod";
import {
  APPLICANT_TYPES,
  duration,
  fee,
  instant,
  isoDate,
  PROCEDURE_LEVELS,
  PROCEDURE_METHODS,
} from "../sync-record.ts";
import { ROLES } from "./identity.ts";

/** National codes look like 1.001193; local codes are letters, digits, dots and dashes. */
export const PROCEDURE_CODE = /^[0-9A-Za-z][0-9A-Za-z.\-_]{2,39}$/;
export const ONLINE_LEVELS = ["full", "partial", "none"] as const;
export const EFORM_TYPES = ["object", "string", "number", "integer", "boolean", "array"] as const;

const text = (max: number) => z.string().trim().min(1).max(max);
const count = z.number().int().min(0);

/**
 * One node of an e-form. The e-form is a JSON Schema document, described here as the closed
 * recursive subset the server accepts rather than as a free map: a client learns which keywords
 * it may use, and an unknown keyword ($ref, oneOf, if/then…) is refused at its place
 * ("eForm.properties.hoTen.oneOf") instead of being stored and silently ignored by the
 * validator. Every keyword of the subset is listed; which ones fit which `type`, that
 * `required` names declared properties and that `pattern` compiles are checked by the server
 * (server/modules/catalog/rules/eform-schema.ts) with messages naming the place.
 */
export interface EFormNode {
  type: (typeof EFORM_TYPES)[number];
  title?: string;
  description?: string;
  default?: unknown;
  examples?: unknown;
  $comment?: string;
  enum?: unknown[];
  properties?: Record<string, EFormNode>;
  required?: string[];
  additionalProperties?: boolean;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: "date" | "email";
  minimum?: number;
  maximum?: number;
  items?: EFormNode;
  minItems?: number;
  maxItems?: number;
}

const nodeShape = {
  type: z.enum(EFORM_TYPES),
  title: z.string().max(500).optional(),
  description: z.string().max(2000).optional(),
  default: z.unknown().optional(),
  examples: z.unknown().optional(),
  $comment: z.string().max(2000).optional(),
  enum: z.array(z.unknown()).min(1).max(500).optional(),
  get properties() {
    return z.record(z.string(), eFormNode).optional();
  },
  required: z.array(z.string()).optional(),
  additionalProperties: z.boolean().optional(),
  minLength: count.optional(),
  maxLength: count.optional(),
  pattern: z.string().max(300).optional(),
  format: z.enum(["date", "email"]).optional(),
  minimum: z.number().optional(),
  maximum: z.number().optional(),
  get items() {
    return eFormNode.optional();
  },
  minItems: count.optional(),
  maxItems: count.optional(),
};
export const eFormNode: z.ZodType<EFormNode, EFormNode> = z
  .strictObject(nodeShape)
  // Its name in the OpenAPI document's components (a recursive schema is referenced, not inlined).
  .meta({ id: "EFormNode" });
/** The e-form: its root is an object node and may name the dialect ($schema). */
export const eForm = z.strictObject({ ...nodeShape, $schema: z.string().max(200).optional() });
export type EForm = EFormNode & { $schema?: string };

/** A step of the internal process; `role` is one of the identity module's roles. */
export const stepSchema = z.strictObject({
  name: text(200),
  role: z.enum(ROLES),
  agency: z.string().trim().min(1).optional(),
  hours: z.number().positive().max(10_000),
});

export const componentSchema = z.strictObject({
  name: text(500),
  required: z.boolean(),
  originals: z.number().int().min(0).max(100).optional(),
  copies: z.number().int().min(0).max(100).optional(),
  form: text(200).optional(),
  /** Taken from the national population database when the applicant's data was looked up. */
  replacedByPopulationData: z.boolean().optional(),
});

const formTemplate = z.strictObject({
  name: text(300),
  code: text(50).optional(),
  url: z.url().max(1000).optional(),
});

/** The content of a version, as sent by the catalogue editor. */
export const contentSchema = z.strictObject({
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
  announcement: z.strictObject({ number: text(100), date: isoDate }).optional(),
  forms: z.array(formTemplate).max(50).default([]),
  eForm: eForm.nullable().default(null),
  steps: z.array(stepSchema).max(30).default([]),
  announcedAt: isoDate.nullable().default(null),
  legalBasisEffectiveAt: isoDate.nullable().default(null),
  publishedAt: isoDate.nullable().default(null),
});

export const versionMeta = {
  /** When the new version comes into force; now when omitted. */
  validFrom: instant.optional(),
  note: text(500).optional(),
};

export const createBody = contentSchema.extend({
  code: z.string().regex(PROCEDURE_CODE, "1.001193"),
  ...versionMeta,
});
export const updateBody = contentSchema.extend({
  ...versionMeta,
  expectedVersion: z.number().int().min(1).optional(),
});

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

/** The data of an e-form, checked against the procedure's own e-form (not a fixed shape). */
export const eFormData = z.record(z.string(), z.unknown());

export const formCheckBody = z.strictObject({
  data: eFormData,
  version: z.number().int().min(1).optional(),
});

// ---- Answers

const fieldIssue = z.object({ field: z.string(), vi: z.string(), en: z.string() });

const durationView = z.object({ value: z.number(), unit: duration.shape.unit });
const feeView = z.object({ name: z.string(), amount: z.number() });

/** What a search result shows. */
export const procedureSummary = z.object({
  code: z.string(),
  name: z.string(),
  field: z.string(),
  level: z.enum(PROCEDURE_LEVELS),
  agencies: z.array(z.string()),
  duration: durationView,
  fees: z.array(feeView),
  onlineLevel: z.enum(ONLINE_LEVELS),
  fullOnlineEligible: z.boolean(),
  version: z.number().int(),
  validFrom: z.string(),
});
export const procedurePage = z.object({
  items: z.array(procedureSummary),
  nextCursor: z.string().nullable(),
});

/** One version of a procedure as stored. */
export const procedureView = procedureSummary.extend({
  sequence: z.array(z.string()),
  methods: z.array(z.enum(PROCEDURE_METHODS)),
  components: z.array(
    z.object({
      name: z.string(),
      required: z.boolean(),
      originals: z.number().optional(),
      copies: z.number().optional(),
      form: z.string().optional(),
      replacedByPopulationData: z.boolean().optional(),
    }),
  ),
  sets: z.number().nullable(),
  applicantTypes: z.array(z.enum(APPLICANT_TYPES)),
  resultIsDocument: z.boolean(),
  pauseWhileFeesDue: z.boolean().optional(),
  result: z.string().nullable(),
  legalBasis: z.array(z.string()),
  requirements: z.array(z.string()).optional(),
  announcement: z.object({ number: z.string(), date: z.string() }).optional(),
  forms: z.array(
    z.object({ name: z.string(), code: z.string().optional(), url: z.string().optional() }),
  ),
  eForm: eForm.nullable(),
  steps: z.array(
    z.object({
      name: z.string(),
      role: z.string(),
      agency: z.string().optional(),
      hours: z.number(),
    }),
  ),
  announcedAt: z.string().nullable(),
  legalBasisEffectiveAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  recordedAt: z.string(),
  note: z.string().nullable(),
});

/** A version with what the catalogue computes about it: the parts of the seven the law requires
 * published that are missing (Decree 63/2010/NĐ-CP, Art. 8) and whether the steps fit the time. */
export const procedureDetails = procedureView.extend({
  sevenPartsMissing: z.array(z.string()),
  quota: z.object({
    fits: z.boolean(),
    stepHours: z.number(),
    limitHours: z.number(),
    approximate: z.boolean(),
  }),
});

export const procedureEdited = procedureView.extend({
  change: z.enum(["created", "new-version", "unchanged"]),
});

export const procedureVersionList = z.object({
  code: z.string(),
  versions: z.array(
    z.object({
      version: z.number().int(),
      validFrom: z.string(),
      recordedAt: z.string(),
      name: z.string(),
      note: z.string().nullable(),
    }),
  ),
});

export const formCheckResult = z.object({
  valid: z.boolean(),
  version: z.number().int(),
  errors: z.array(fieldIssue),
});
