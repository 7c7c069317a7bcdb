// The dossiers API's contract: request pieces and bodies, and the answers of its routes (the
// officer's dossier views, the work queue, the counter's trays, hand-over pick-lists, uploads,
// exchange records, the warning lines). The actions' bodies are in dossier-actions.ts.
import { z } from "zod";
import { STATES } from "../dossier-states.ts";
import { dossierRecord, instant } from "../sync-record.ts";
import { VERDICTS } from "../timeliness.ts";

// ---------------------------------------------------------------------------------------------
// Request pieces (intake, actions, the portal's inbound dossiers)

export const sha256 = z.string().regex(/^[0-9a-f]{64}$/, "sha256 (64 hex)");
const text = (max: number) => z.string().trim().min(1).max(max);
/** A short code of the agency tree (a department, a commune, a one-stop unit). */
export const agencyCodeInput = text(40);
/** The applicant's look-up secret (8 characters printed on the receipt; older systems' longer). */
export const lookupSecret = z.string().trim().min(4).max(64);
/** The look-up secret in a request body: never in a URL (logs, histories, referrers). */
export const lookupSecretBody = z.strictObject({ secret: lookupSecret });

export const applicantInput = z.strictObject({
  name: text(200),
  /** A person's identification number, or an organisation's enterprise number / tax code. */
  idNumber: z
    .string()
    .trim()
    .regex(/^[0-9A-Z]{6,20}(-[0-9]{3})?$/, "số định danh / ID number")
    // Law on Identification 2023, Art. 12: a personal ID of digits only has 12 of them; an
    // enterprise number (tax code) has 10, a branch's 10-3 (Circular 86/2024/TT-BTC, Art. 5).
    .refine(
      (v) => !/^[0-9]+$/.test(v) || v.length === 12 || v.length === 10,
      "số định danh cá nhân gồm 12 chữ số, mã số thuế 10 chữ số / a personal ID has 12 digits, a tax code 10",
    )
    .optional(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 .-]{6,20}$/, "phone")
    .optional(),
  email: z.email().optional(),
  address: text(400).optional(),
  communeCode: text(40).optional(),
  kind: z.enum(["citizen", "organisation"]).optional(),
  representative: text(200).optional(),
  /** Channels for notices (default: e-mail when given, else SMS). */
  notify: z
    .array(z.enum(["email", "sms", "zalo"]))
    .max(3)
    .optional(),
  /** Language of the notices (default Vietnamese). */
  lang: z.enum(["vi", "en"]).optional(),
  /** The electronic result also goes to the applicant's personal data store on the national
   *  portal (needs the 12-digit personal ID). */
  resultToPersonalStore: z.boolean().optional(),
  /** The result is sent by the public postal service to the applicant's address. */
  resultByPost: z.boolean().optional(),
});

/** A component taken from an earlier dossier of the same person: its files, or its result. */
export const reuseInput = z.strictObject({
  dossier: text(60),
  /** The earlier dossier's look-up secret: how a citizen online proves it is theirs. */
  secret: lookupSecret.optional(),
  from: z.enum(["component", "result"]),
});

export const componentInput = z.strictObject({
  name: text(500),
  /** 0 no, 1 scanned at reception, 2 reused from another dossier's component, 3 from a result. */
  digitized: z.literal([0, 1, 2, 3]).default(0),
  fromPersonalStore: z.boolean().default(false),
  files: z.array(sha256).max(50).default([]),
  originals: z.number().int().min(0).max(99).optional(),
  copies: z.number().int().min(0).max(99).optional(),
  reuse: reuseInput.optional(),
});

export const feeInput = z.strictObject({ name: text(200), amount: z.number().int().nonnegative() });
/** The officer picked from the step's pick-list (GET /api/dossiers/:code/assignees); the name
 * shown is the directory's. */
export const assigneeInput = z.strictObject({ id: z.uuid() });

// ---------------------------------------------------------------------------------------------
// Other requests

/** GET /api/dossiers: the work queue's filters. */
export const listQuery = z.strictObject({
  status: z
    .string()
    .regex(/^(10|[1-9])(,(10|[1-9]))*$/, "1–10, comma-separated")
    .optional(),
  agency: agencyCodeInput.optional(),
  procedure: agencyCodeInput.optional(),
  dueBefore: z.iso.datetime({ offset: true }).optional(),
  late: z.enum(["true", "false"]).optional(),
  q: z.string().trim().min(1).max(60).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const receptionWaitQuery = z.strictObject({ from: day.optional(), to: day.optional() });

export const intakePickQuery = z.strictObject({
  procedure: agencyCodeInput,
  agency: agencyCodeInput.optional(),
  receivingUnit: agencyCodeInput.optional(),
  communeCode: agencyCodeInput.optional(),
});

export const HANDING_ACTIONS = ["receive", "forward", "send-back"] as const;
export const pickListQuery = z.strictObject({ action: z.enum([...HANDING_ACTIONS, "reassign"]) });

export const reassignBody = z.strictObject({
  version: z.number().int().positive(),
  assignee: assigneeInput,
  reason: z.string().trim().min(3).max(2000),
});

export const exchangeSinceQuery = z.strictObject({
  since: z.iso.datetime({ offset: true }),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(1000),
});

export const WATCH_RULES = ["uncollected-result", "online-reception"] as const;
const watchRuleUnit = z.enum(["working-days", "working-hours"]);
export const watchRuleChange = z.strictObject({
  threshold: z.number().int().min(1).max(365),
  unit: watchRuleUnit,
  effectiveFrom: z.iso.date(),
  basis: z.string().trim().min(10).max(2000),
  reason: z.string().trim().min(5).max(2000),
});

// ---------------------------------------------------------------------------------------------
// Answers

const messages = z.object({ vi: z.string(), en: z.string() });
const isoOrNull = instant.nullable();
const state = z.enum(STATES);
const status = z.number().int().min(1).max(10);
const channel = z.literal([1, 2, 3]);

export const timelinessView = z.object({
  verdict: z.enum(VERDICTS),
  late: z.boolean(),
  lateReason: z.enum(["past-due", "second-supplement"]).nullable(),
  apologised: z.boolean(),
  days: z.number(),
});

export const applicantView = z.object({
  name: z.string(),
  idNumber: z.string().optional(),
  phone: z.string().optional(),
  email: z.string().optional(),
  address: z.string().optional(),
  communeCode: z.string().optional(),
  kind: z.enum(["citizen", "organisation"]).optional(),
  representative: z.string().optional(),
  notify: z.array(z.enum(["email", "sms", "zalo"])).optional(),
  lang: z.enum(["vi", "en"]).optional(),
  resultToPersonalStore: z.boolean().optional(),
  resultByPost: z.boolean().optional(),
});

export const componentView = z.object({
  name: z.string(),
  required: z.boolean(),
  /** 0 no, 1 digitised, 2 reused from another dossier's component, 3 reused from a result. */
  digitized: z.literal([0, 1, 2, 3]),
  fromPersonalStore: z.boolean(),
  /** sha256 of the attached files (scans, uploads). */
  files: z.array(z.string()),
  originals: z.number().optional(),
  copies: z.number().optional(),
  /** Not handed in: taken from the national population database. */
  fromPopulationData: z.boolean().optional(),
});

export const feeView = z.object({ name: z.string(), amount: z.number() });

/** The actions of the state machine (server/modules/dossiers/rules.ts). */
export const DOSSIER_ACTIONS = [
  "receive",
  "request-completion",
  "refuse-intake",
  "forward",
  "send-back",
  "approve",
  "request-supplement",
  "complete-supplement",
  "request-payment",
  "confirm-payment",
  "issue-result",
  "return-result",
  "stop",
  "refuse",
  "withdraw",
  "reroute",
  "return-misrouted",
  "acknowledge",
] as const;
export const dossierAction = z.enum(DOSSIER_ACTIONS);

/** The officer's view of a dossier, without its personal data. */
export const dossierSummary = z.object({
  code: z.string(),
  version: z.number().int(),
  procedure: z.string(),
  procedureVersion: z.number().int().nullable(),
  agency: z.string(),
  receivingUnit: z.string(),
  channel,
  status,
  state,
  stateName: messages,
  submittedAt: instant,
  receivedAt: isoOrNull,
  dueAt: isoOrNull,
  /** The new appointment after a signed apology (Form 04). */
  extendedDueAt: isoOrNull,
  finishedAt: isoOrNull,
  /** The server's one verdict on timeliness. */
  timeliness: timelinessView,
  pausedWorkingMinutes: z.number(),
  currentStep: z.number().int().nullable(),
  supplementRequests: z.number().int(),
  /** 2: the fee was paid on the payment gateway; 1: paid online elsewhere; 0: not online. */
  paidOnline: z.literal([0, 1, 2]),
  vneidVerified: z.boolean(),
  populationDb: z.boolean(),
  syncedToPortal: z.boolean(),
  fullOnline: z.boolean(),
  result: z.object({ code: z.string(), file: z.string() }).nullable(),
  resultPushedToPersonalStore: z.boolean(),
  components: z.array(componentView),
  fees: z.array(feeView),
  /** What this user may do now (the policy's offer): the page shows these buttons only. */
  allowedActions: z.array(dossierAction),
});

/** A result document kept with the dossier: signed results, or the officer's draft. */
export const resultDocumentView = z.object({
  sha256: z.string(),
  fileName: z.string().nullable(),
  signer: z.string().nullable(),
  createdAt: instant,
});

export const dossierStepView = z.object({
  seq: z.number().int(),
  stepIndex: z.number().int(),
  name: z.string(),
  role: z.string(),
  agencyCode: z.string().nullable(),
  quotaHours: z.number(),
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  handedBy: z.string().nullable(),
  /** The agency its time counts against when not the one that held it (a misrouted dossier). */
  chargedTo: z.string().nullable().optional(),
  /** Who handed the step on (a system step: the system). */
  doneBy: z.string().nullable(),
  receivedAt: instant,
  dueAt: instant,
  doneAt: isoOrNull,
  result: z.enum(["early", "on-time", "late"]).nullable(),
  note: z.string().nullable(),
  /** Inter-agency hand-off acknowledged by the receiving agency. */
  acknowledgedAt: isoOrNull,
  acknowledgedBy: z.string().nullable().optional(),
});

/** Each agency's share of the dossier's working time against its steps' quotas. */
export const agencyShareView = z.object({
  agency: z.string(),
  steps: z.number().int(),
  workingMinutes: z.number(),
  quotaMinutes: z.number(),
  /** Over its quota in total. */
  over: z.boolean(),
  /** A step of this agency is still open. */
  open: z.boolean(),
});

export const pauseView = z.object({
  seq: z.number().int(),
  reason: z.string(),
  startedAt: instant,
  endedAt: isoOrNull,
  workingMinutes: z.number().nullable(),
});

export const dossierEventView = z.object({
  seq: z.number().int(),
  type: z.string(),
  at: instant,
  actor: z.string(),
  data: z.record(z.string(), z.unknown()),
});

/** GET /api/dossiers/:code: the dossier with its personal data (a read that is audited). */
export const dossierDetail = dossierSummary.extend({
  /** Signed result documents; the one issued is `result.file`. */
  resultDocuments: z.array(resultDocumentView),
  /** The handling officer's latest draft of the result. */
  draftResult: resultDocumentView.nullable(),
  applicant: applicantView.nullable(),
  formData: z.record(z.string(), z.unknown()),
  secret: z.string(),
  agencyTime: z.array(agencyShareView),
  steps: z.array(dossierStepView),
  pauses: z.array(pauseView),
  events: z.array(dossierEventView),
});

/** The answer of an action, and of a counter intake: the dossier as it is now. */
export const dossierChanged = z.object({
  dossier: dossierSummary,
  /** Something the officer should know (e.g. a notice that could not be sent). */
  warning: messages.optional(),
});

/** POST /api/dossiers: what the counter needs at once. */
export const intakeAnswer = dossierChanged.extend({
  secret: z.string(),
  /** Received on the spot: the appointment and where to fetch the receipt (Form 01). */
  appointmentAt: isoOrNull.optional(),
  receiptUrl: z.string().optional(),
});

/** POST /api/dossiers/online: what the confirmation page keeps. */
export const submissionConfirmation = z.object({
  code: z.string(),
  secret: z.string(),
  status,
  submittedAt: instant,
  /** Expected appointment if received at submission; fixed by the agency at reception. */
  expectedDueAt: isoOrNull,
  amountDue: z.number(),
});

export const queueItem = z.object({
  code: z.string(),
  procedure: z.string(),
  /** The procedure's current name, so a list shows it without a call per row. */
  procedureName: z.string().nullable(),
  agency: z.string(),
  receivingUnit: z.string(),
  channel,
  status,
  state,
  submittedAt: instant,
  receivedAt: isoOrNull,
  dueAt: isoOrNull,
  finishedAt: isoOrNull,
  version: z.number().int(),
  currentStep: z.number().int().nullable(),
  supplementRequests: z.number().int(),
  /** The new appointment after a signed apology (Form 04). */
  extendedDueAt: isoOrNull,
  timeliness: timelinessView,
});
export const queuePage = z.object({ items: z.array(queueItem), nextCursor: z.string().nullable() });

export const watchRuleView = z.object({
  rule: z.enum(WATCH_RULES),
  threshold: z.number(),
  unit: watchRuleUnit,
  effectiveFrom: z.string(),
  basis: z.string(),
});

export const trayItem = z.object({
  code: z.string(),
  procedure: z.string(),
  agency: z.string(),
  receivingUnit: z.string(),
  submittedAt: instant,
  waitingWorkingMinutes: z.number(),
  overdueForReception: z.boolean(),
});
export const onlineTray = z.object({
  rule: watchRuleView,
  count: z.number().int(),
  items: z.array(trayItem),
});

export const uncollectedItem = z.object({
  code: z.string(),
  procedure: z.string(),
  agency: z.string(),
  receivingUnit: z.string(),
  issuedAt: instant,
  uncollectedSince: instant,
  waitingWorkingMinutes: z.number(),
});
export const uncollectedList = z.object({
  rule: watchRuleView,
  count: z.number().int(),
  items: z.array(uncollectedItem),
});

export const unitReceptionWait = z.object({
  unit: z.string(),
  /** Online dossiers received in the period. */
  received: z.number().int(),
  averageWorkingMinutes: z.number().nullable(),
  maxWorkingMinutes: z.number().nullable(),
  /** Received after waiting longer than the rule. */
  receivedLate: z.number().int(),
  /** Still waiting now, and how many of them past the rule. */
  waitingNow: z.number().int(),
  waitingOverdue: z.number().int(),
});
export const receptionWait = z.object({
  rule: watchRuleView,
  from: z.string(),
  to: z.string(),
  units: z.array(unitReceptionWait),
});

export const inboxItem = z.object({
  code: z.string(),
  procedure: z.string(),
  agency: z.string(),
  state,
  stateName: messages,
  step: z.object({
    index: z.number().int(),
    name: z.string(),
    receivedAt: instant,
    dueAt: instant,
    handedBy: z.string().nullable(),
  }),
  dueAt: isoOrNull,
  overdue: z.boolean(),
});
export const inbox = z.object({
  counts: z.object({
    total: z.number().int(),
    overdue: z.number().int(),
    dueSoon: z.number().int(),
  }),
  items: z.array(inboxItem),
});

/** The people who may take the step an action opens (the unit's holders of the step's role). */
export const pickList = z.object({
  action: pickListQuery.shape.action,
  step: z
    .object({
      index: z.number().int(),
      name: z.string(),
      role: z.string(),
      unit: z.string(),
      unitName: z.string(),
    })
    .nullable(),
  people: z.array(z.object({ id: z.string(), name: z.string() })),
});

export const reassigned = z.object({
  code: z.string(),
  version: z.number().int(),
  step: z.number().int(),
  assignee: z.object({ id: z.string(), name: z.string() }),
});

/** POST /api/dossiers/uploads: the staged file, to name in a component's `files`. */
export const stagedUpload = z.object({
  sha256: z.string(),
  size: z.number().int(),
  mediaType: z.string(),
  fileName: z.string(),
});

/** The result document as signed by the server with the agency's identity. */
export const signedResult = z.object({
  sha256: z.string(),
  size: z.number().int(),
  signer: z.object({ name: z.string(), certificate: z.string(), demo: z.boolean() }),
  signedAt: instant,
});

export const draftResult = z.object({
  sha256: z.string(),
  size: z.number().int(),
  fileName: z.string(),
});

const recordIssue = z.object({ field: z.string(), vi: z.string(), en: z.string() });
/** POST /api/exchange/dossiers (200; 422 with the same report when a line is rejected). */
export const importReport = z.object({
  lines: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  /** With check: the good lines (nothing written). */
  unchanged: z.number().int(),
  rejected: z.array(
    z.object({ line: z.number().int(), code: z.string().nullable(), issues: z.array(recordIssue) }),
  ),
  /** Set when the import was stopped: every line up to this one is done, none after it. */
  stoppedAt: z.number().int().optional(),
});

export const changedRecords = z.object({
  records: z.array(dossierRecord),
  nextCursor: z.string().nullable(),
});

/** POST /api/portal/dossiers (201 created, 200 when the portal sent it before). */
export const portalReceipt = z.object({ code: z.string(), secret: z.string() });

const watchRuleVersion = watchRuleView.omit({ rule: true }).extend({
  reason: z.string().nullable(),
  changedBy: z.string().nullable(),
  changedAt: isoOrNull,
});
export const watchRuleAdminView = z.object({
  rule: z.enum(WATCH_RULES),
  name: messages,
  /** In force today (Vietnam time). */
  current: watchRuleVersion.nullable(),
  /** Every version, the latest effective date first (a scheduled change included). */
  history: z.array(watchRuleVersion),
});
export const watchRuleList = z.object({ rules: z.array(watchRuleAdminView) });
export const watchRuleChanged = z.object({ rule: watchRuleAdminView });
