// Contract of the feedback API: the citizen's evaluation of a dossier's handling (Decision
// 766/QĐ-TTg, 9 criteria scored 0–2) and complaints and petitions with their public answers.
import { z } from "zod";

const words = z.object({ vi: z.string(), en: z.string() });
const instantOut = z.string();
const text = (max: number) => z.string().trim().min(1).max(max);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");
const lang = z.enum(["vi", "en"]).optional();
/** A dossier's or complaint's look-up secret (the same rule as the dossiers' look-up). */
const secret = z.string().trim().min(4).max(64);

export const EVALUATION_CRITERION_IDS = [
  "handlingTime",
  "agencyTime",
  "contacts",
  "agenciesContacted",
  "oneStop",
  "publicity",
  "attitude",
  "complaintHandling",
  "onlineService",
] as const;
export const SATISFACTION = ["very-satisfied", "satisfied", "not-satisfied"] as const;
export const REACTIONS = ["like", "dislike"] as const;
export const EVALUATION_BANDS = ["excellent", "good", "fair", "average", "weak"] as const;
export const SUMMARY_BY = ["agency", "unit", "officer"] as const;
export const COMPLAINT_STATES = [
  "received",
  "classified",
  "refused",
  "info-requested",
  "info-received",
  "answered",
  "published",
  "rated",
] as const;
/** Class of a complaint (indicator 5.1): about regulations and procedures, or about staff behaviour. */
export const COMPLAINT_CLASSES = ["regulation", "behaviour"] as const;
export const COMPLAINT_ACTIONS = [
  "classify",
  "refuse",
  "request-info",
  "provide-info",
  "answer",
  "publish",
  "rate",
] as const;
/** Steps with a legal time limit (Decree 20/2008/NĐ-CP as amended). */
export const COMPLAINT_STEPS = ["refuse", "info-request", "answer", "publish"] as const;

// ---- Requests ----

const point = z.literal([0, 1, 2]);
const scores = z.strictObject(
  Object.fromEntries(EVALUATION_CRITERION_IDS.map((id) => [id, point])) as Record<
    (typeof EVALUATION_CRITERION_IDS)[number],
    typeof point
  >,
);

export const evaluationBody = z.strictObject({
  secret: secret.optional(),
  scores,
  convenience: z.enum(SATISFACTION),
  overall: z.enum(SATISFACTION),
  reaction: z.enum(REACTIONS).nullable().optional(),
  comment: z.string().trim().max(2000).optional(),
});

export const langQuery = z.strictObject({ lang });

export const summaryQuery = z.strictObject({
  by: z.enum(SUMMARY_BY).default("agency"),
  from: date,
  to: date,
  agency: z.string().max(40).optional(),
  lang,
});

export const complaintBody = z.strictObject({
  dossierCode: z.string().trim().min(1).max(40).optional(),
  agencyCode: z.string().trim().min(1).max(40).optional(),
  class: z.enum(COMPLAINT_CLASSES).default("regulation"),
  title: text(200).optional(),
  content: text(5000),
  complainant: z
    .strictObject({
      name: text(200),
      phone: z.string().trim().max(20).optional(),
      email: z.email().optional(),
      address: z.string().trim().max(300).optional(),
    })
    .superRefine((c, ctx) => {
      // Decree 20/2008/NĐ-CP (as amended): a complaint states who sends it and how to reach them.
      if (!c.phone && !c.email && !c.address)
        ctx.addIssue({
          code: "custom",
          path: ["phone"],
          message:
            "give a phone number, an email or an address (cần số điện thoại, email hoặc địa chỉ)",
        });
    }),
});

const page = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
};

export const complaintListQuery = z.strictObject({
  state: z.enum(COMPLAINT_STATES).optional(),
  agency: z.string().max(40).optional(),
  from: date.optional(),
  to: date.optional(),
  ...page,
  lang,
});

export const publishedQuery = z.strictObject({
  agency: z.string().max(40).optional(),
  ...page,
  lang,
});

export const infoBody = z.strictObject({ secret, text: text(5000) });
export const ratingBody = z.strictObject({
  secret,
  reaction: z.enum(REACTIONS),
  raiseAgain: z.strictObject({ content: text(5000), title: text(200).optional() }).optional(),
});
export const reactionBody = z.strictObject({ reaction: z.enum(REACTIONS) });
export const classifyBody = z.strictObject({
  class: z.enum(COMPLAINT_CLASSES),
  agencyCode: z.string().trim().min(1).max(40).optional(),
});
export const refuseBody = z.strictObject({ reason: text(2000) });
export const requestInfoBody = z.strictObject({ text: text(2000) });
export const answerBody = z.strictObject({ answer: text(10000) });
export const publishBody = z.strictObject({ publicQuestion: text(5000).optional() });

// ---- Responses: evaluations ----

export const evaluationForm = z.object({
  criteria: z.array(
    z.object({
      id: z.enum(EVALUATION_CRITERION_IDS),
      vi: z.string(),
      en: z.string(),
      question: words,
      answers: z.object({ 2: words, 1: words, 0: words }),
    }),
  ),
  maxTotal: z.number(),
  /** The points a criterion may get, best first. */
  points: z.array(point),
  bands: z.array(
    z.object({
      id: z.enum(EVALUATION_BANDS),
      min: z.number().nullable(),
      above: z.boolean(),
      name: words,
    }),
  ),
  bandsNote: words,
  satisfaction: z.array(z.enum(SATISFACTION)),
  reactions: z.array(z.enum(REACTIONS)),
  editWindow: z.object({ amount: z.number(), unit: z.enum(["working-days", "days"]) }),
});

export const evaluationView = z.object({
  dossierCode: z.string(),
  agencyCode: z.string(),
  receivingUnit: z.string(),
  scores: z.object(
    Object.fromEntries(EVALUATION_CRITERION_IDS.map((id) => [id, point])) as Record<
      (typeof EVALUATION_CRITERION_IDS)[number],
      typeof point
    >,
  ),
  total: z.number(),
  band: z.enum(EVALUATION_BANDS),
  bandName: words,
  convenience: z.enum(SATISFACTION),
  overall: z.enum(SATISFACTION),
  reaction: z.enum(REACTIONS).nullable(),
  comment: z.string().nullable(),
  via: z.enum(["secret", "applicant", "counter"]),
  byName: z.string(),
  createdAt: instantOut,
  updatedAt: instantOut,
  editableUntil: instantOut,
  editable: z.boolean(),
  edits: z.number(),
});

const share = z.object({ count: z.number(), share: z.number() });
const shares = z.object({
  "very-satisfied": share,
  satisfied: share,
  "not-satisfied": share,
});

export const evaluationSummaries = z.object({
  by: z.enum(SUMMARY_BY),
  from: z.string(),
  to: z.string(),
  summaries: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      officerName: z.string().optional(),
      count: z.number(),
      meanTotal: z.number(),
      bands: z.object({
        excellent: z.number(),
        good: z.number(),
        fair: z.number(),
        average: z.number(),
        weak: z.number(),
      }),
      likes: z.number(),
      dislikes: z.number(),
      convenience: shares,
      overall: shares,
    }),
  ),
});

// ---- Responses: complaints ----

/** What the complainant (with the secret) and the public-facing pages see of a complaint. */
export const complaintView = z.object({
  code: z.string(),
  state: z.enum(COMPLAINT_STATES),
  stateName: words,
  dossierCode: z.string().nullable(),
  agencyCode: z.string().nullable(),
  class: z.enum(COMPLAINT_CLASSES),
  classified: z.boolean(),
  title: z.string().nullable(),
  content: z.string(),
  receivedAt: instantOut.nullable(),
  steps: z.array(
    z.object({
      step: z.enum(COMPLAINT_STEPS),
      dueAt: instantOut.nullable(),
      doneAt: instantOut.nullable(),
      onTime: z.boolean().nullable(),
      status: z.enum(["on-time", "late", "pending", "overdue", "not-applicable"]),
    }),
  ),
  refuseReason: z.string().nullable(),
  infoRequests: z.array(
    z.object({
      at: instantOut,
      text: z.string(),
      answeredAt: instantOut.optional(),
      answer: z.string().optional(),
    }),
  ),
  answer: z.string().nullable(),
  complainantReaction: z.enum(REACTIONS).nullable(),
  likes: z.number(),
  dislikes: z.number(),
  raisedAgainUnsatisfied: z.boolean(),
  parentCode: z.string().nullable(),
});

/** The submission's answer: the view and the secret, shown once. */
export const submittedComplaint = complaintView.extend({ secret: z.string() });

export const ratedComplaint = complaintView.extend({
  raisedAgain: z.object({ code: z.string(), secret: z.string() }).nullable(),
});

/** What the officer handling it sees: the complainant's contact and the allowed actions too. */
export const complaintStaffView = complaintView.extend({
  complainant: z.object({
    name: z.string(),
    phone: z.string().optional(),
    email: z.string().optional(),
    address: z.string().optional(),
  }),
  publicQuestion: z.string().nullable(),
  allowedActions: z.array(z.enum(COMPLAINT_ACTIONS)),
  version: z.number(),
});

export const reactionCounts = z.object({ likes: z.number(), dislikes: z.number() });

export const publishedAnswers = z.object({
  answers: z.array(
    z.object({
      code: z.string(),
      agencyCode: z.string().nullable(),
      class: z.enum(COMPLAINT_CLASSES),
      title: z.string().nullable(),
      question: z.string().nullable(),
      answer: z.string().nullable(),
      answeredAt: instantOut.nullable(),
      publishedAt: instantOut.nullable(),
      likes: z.number(),
      dislikes: z.number(),
    }),
  ),
});

export const complaintList = z.object({
  complaints: z.array(
    z.object({
      code: z.string(),
      state: z.enum(COMPLAINT_STATES),
      agencyCode: z.string().nullable(),
      dossierCode: z.string().nullable(),
      class: z.enum(COMPLAINT_CLASSES),
      title: z.string().nullable(),
      receivedAt: instantOut,
      answerDue: instantOut.nullable(),
    }),
  ),
});
