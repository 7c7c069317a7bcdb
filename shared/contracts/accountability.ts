// Contract of the accountability API: a late dossier's explanation and apology (Decree 118/2025/NĐ-CP
// art. 23, Form 04), the compliance view, notifications and the public look-up and figures.
import { z } from "zod";
import { timelinessView } from "./dossiers.ts";

const words = z.object({ vi: z.string(), en: z.string() });
const instantOut = z.string();
const date = z.iso.date();
const instantIn = z.iso.datetime({ offset: true }).transform((s) => new Date(s));
const named = z.object({ code: z.string(), name: z.string() });

/** What a notification is about (a warning before the due moment, lateness, an apology...). */
export const NOTIFICATION_KINDS = [
  "warning",
  "late",
  "apology",
  "explanation",
  "task_late",
  "remediation_overdue",
] as const;

// ---- Requests ----

export const explanationBody = z.strictObject({
  reason: z.string().trim().min(10).max(2000),
  /** Hand-over number (control sheet) of the step responsible; default: the open or last late one. */
  responsibleStep: z.number().int().positive().optional(),
  /** Person responsible; default: that step's assignee, or the officer drafting. */
  responsibleName: z.string().trim().min(2).max(200).optional(),
  proposedDueAt: instantIn,
});

export const approveBody = z.strictObject({
  /** Version of the explanation read (optimistic check). */
  version: z.number().int().positive(),
  /** The new appointment; default: the proposed one. */
  newDueAt: instantIn.optional(),
  /** The signer's title; default: the head of the dossier's agency by its kind (CHỦ TỊCH…). */
  position: z.string().trim().min(2).max(100).optional(),
});

/** Up to 200 dossier codes, comma-separated: the rows of one list page. */
export const explanationsQuery = z.strictObject({
  codes: z
    .string()
    .trim()
    .max(8000)
    .regex(/^[A-Za-z0-9._-]{1,40}(,[A-Za-z0-9._-]{1,40}){0,199}$/, {
      error:
        "mã hồ sơ cách nhau bởi dấu phẩy, tối đa 200 / dossier codes, comma-separated, 200 at most",
    }),
});

export const complianceQuery = z.strictObject({
  agency: z.string().trim().min(1).max(40),
  from: date,
  to: date,
});

export const notificationsQuery = z.strictObject({
  unread: z.enum(["0", "1"]).default("0"),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const figuresQuery = z.strictObject({ from: date, to: date });

// ---- Responses ----

export const explanationView = z.object({
  status: z.enum(["drafted", "signed"]),
  version: z.number().int(),
  reason: z.string(),
  responsibleStep: z.number().int().nullable(),
  responsibleStepName: z.string().nullable(),
  responsibleName: z.string(),
  originalDueAt: instantOut.nullable(),
  proposedDueAt: instantOut.nullable(),
  draftedBy: z.string(),
  draftedAt: instantOut.nullable(),
  newDueAt: instantOut.nullable(),
  signedBy: z.string().nullable(),
  signedAt: instantOut.nullable(),
  /** Where Form 04 (draft or signed) is read. */
  form04: z.string(),
});

export const lateView = z.object({
  code: z.string(),
  dueAt: instantOut.nullable(),
  endAt: instantOut.nullable(),
  late: z.boolean(),
  timeliness: timelinessView,
  explanation: explanationView.nullable(),
});

export const explanationsView = z.object({
  items: z.array(z.object({ code: z.string(), explanation: explanationView })),
});

export const complianceView = z.object({
  agency: z.string(),
  from: z.string(),
  to: z.string(),
  agencies: z.array(z.string()),
  summary: z.object({
    late: z.number(),
    withExplanation: z.number(),
    withApology: z.number(),
    apologyBeforeDue: z.number(),
    missingExplanation: z.number(),
    missingApology: z.number(),
  }),
  dossiers: z.array(
    z.object({
      code: z.string(),
      agencyCode: z.string(),
      procedureCode: z.string(),
      receivedAt: instantOut.nullable(),
      dueAt: instantOut.nullable(),
      endAt: instantOut.nullable(),
      supplementRequests: z.number(),
      whyLate: words,
      state: z.enum(["missing", "explained", "apologised"]),
      explanation: z
        .object({
          reason: z.string(),
          responsibleName: z.string(),
          responsibleStep: z.string().nullable(),
          draftedAt: instantOut,
          newDueAt: instantOut.nullable(),
          signedAt: instantOut.nullable(),
          signedBy: z.string().nullable(),
          beforeDue: z.boolean().nullable(),
        })
        .nullable(),
    }),
  ),
});

export const notificationsView = z.object({
  notifications: z.array(
    z.object({
      id: z.string(),
      dossierCode: z.string(),
      kind: z.enum(NOTIFICATION_KINDS),
      threshold: z.string().nullable(),
      message: words,
      createdAt: instantOut,
      readAt: instantOut.nullable(),
    }),
  ),
});

export const okView = z.object({ ok: z.literal(true) });

/** What anyone holding the dossier's code and look-up secret sees. */
export const publicDossierView = z.object({
  code: z.string(),
  procedure: named,
  receivingUnit: named,
  agency: named,
  steps: z.array(z.object({ at: instantOut, name: words })),
  submittedAt: instantOut.nullable(),
  receivedAt: instantOut.nullable(),
  appointmentAt: instantOut.nullable(),
  newAppointmentAt: instantOut.nullable(),
  /** The national status number (1…10). */
  status: z.number().int().min(1).max(10),
  statusName: words,
  resultReady: z.boolean(),
  resultReturned: z.boolean(),
  finishedAt: instantOut.nullable(),
  apology: z.object({ signedAt: instantOut.nullable(), download: z.string() }).nullable(),
});

export const agencyFiguresView = z.object({
  agency: named,
  from: z.string(),
  to: z.string(),
  finished: z.number(),
  onTime: z.number(),
  late: z.number(),
  lateWithApology: z.number(),
  onTimeRate: z.number().nullable(),
  evaluation: z.object({ count: z.number(), mean: z.number().nullable() }).nullable(),
});
