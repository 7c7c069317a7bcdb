// Contract of the administrative reform API: directives and their tasks (progress reports, the
// monitor), the yearly reform index (Decision 876/QĐ-BNV: criteria, self-assessment, appraisal,
// ranking), inspections and their conclusions, satisfaction surveys (SIPAS method, Decision
// 3896/QĐ-BNV), external indices, periodic reports and a unit's overview.
import { z } from "zod";

const words = z.object({ vi: z.string(), en: z.string() });
const text = (max: number) => z.string().trim().min(1).max(max);
const agencyCode = z.string().trim().min(1).max(40);
export const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");
export const sha256 = z.string().regex(/^[0-9a-f]{64}$/, "sha256");
export const yearSchema = z.coerce.number().int().min(2000).max(2100);
/** A year in a JSON body: a number, not coerced from text (queries and paths coerce). */
const bodyYear = z.number().int().min(2000).max(2100);

/** What the system measures itself for the reform index (filled from its own data and locked). */
export const MEASURES = [
  "onTimeRate", // dossiers handled on time / handled (Decision 766 indicator 2.1)
  "onlineDossierShare", // dossiers received online / received (indicator 3.3)
  "onlineProcedureShare", // procedures offered online / the unit's procedures (letter 6187 §1.đ)
  "lateExplainedShare", // late dossiers with explanation and signed apology / late dossiers
  "digitisedShare", // dossiers digitised at intake / received (indicator 4.2)
  "reuseShare", // dossiers reusing digitised results / received (indicator 4.3)
  "onlinePaymentShare", // fees paid online / fee-bearing dossiers (indicator 3.6)
  "satisfiedShare", // evaluations satisfied or very satisfied / evaluations
  "complaintsOnTime", // complaints answered within the time limit / complaints due
  "tasksOnTime", // directive task obligations met on time / due
  "surveySatisfied", // survey answers satisfied or better / survey answers (reform spec, survey component)
] as const;
export const CYCLES = ["month", "quarter", "half", "year"] as const;
export const TASK_STATUSES = ["done", "on_track", "late", "not_reported"] as const;
export const STAGES = ["none", "draft", "submitted", "appraised", "responded", "final"] as const;
export const EXTERNAL_INDICES = ["PAR_INDEX", "SIPAS", "PAPI", "DTI"] as const;
const unitLevel = z.enum(["department", "commune"]);

// ---- Directives and tasks ----

export const assigneesSchema = z.strictObject({
  /** Every current unit of these levels ("all departments", "all communes"). */
  levels: z.array(unitLevel).max(2).default([]),
  /** Named agencies. */
  agencies: z.array(agencyCode).max(500).default([]),
});

export const taskSchema = z
  .strictObject({
    ref: text(20),
    text: text(10_000),
    assignees: assigneesSchema,
    deadline: day.nullable().default(null),
    cycle: z.enum(CYCLES).nullable().default(null),
    lead: agencyCode.nullable().default(null),
    cooperating: z.array(agencyCode).max(100).default([]),
    monitors: z.array(agencyCode).min(1).max(10),
  })
  .refine((t) => t.deadline !== null || t.cycle !== null, {
    message: "deadline or cycle is required",
    path: ["deadline"],
  });

export const directiveBody = z.strictObject({
  number: text(60),
  kind: z.enum(["letter", "plan", "decision"]),
  issuedOn: day,
  issuer: agencyCode,
  signer: text(200),
  subject: text(2_000),
  fileSha256: sha256.nullable().default(null),
  tasks: z.array(taskSchema).min(1).max(200),
});

export const reportBody = z.strictObject({
  agency: agencyCode,
  status: z.enum(["in_progress", "done", "blocked"]),
  text: text(20_000),
  evidence: z.array(sha256).max(20).default([]),
});

export const monitorQuery = z.strictObject({
  directive: z.uuid().optional(),
  agency: agencyCode.optional(),
  status: z.enum(TASK_STATUSES).optional(),
});

export const directiveCreated = z.object({
  id: z.string(),
  number: z.string(),
  tasks: z.array(z.object({ id: z.string(), ref: z.string(), units: z.number() })),
});

export const directiveList = z.object({
  directives: z.array(
    z.object({
      id: z.string(),
      number: z.string(),
      kind: z.enum(["letter", "plan", "decision", "conclusion"]),
      issuedOn: z.string(),
      issuer: z.string(),
      signer: z.string(),
      subject: z.string(),
      fileSha256: z.string().nullable(),
      tasks: z.number(),
    }),
  ),
});

export const reportCreated = z.object({ id: z.string(), reportedOn: z.string() });

const statusCounts = z.object({
  late: z.number(),
  done: z.number(),
  on_track: z.number(),
  not_reported: z.number(),
});

export const monitorView = z.object({
  today: z.string(),
  totals: statusCounts,
  tasks: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      ref: z.string(),
      deadline: z.string().nullable(),
      cycle: z.enum(CYCLES).nullable(),
      lead: z.string().nullable(),
      monitors: z.array(z.string()),
      directiveId: z.string(),
      directiveNumber: z.string(),
      directiveKind: z.string(),
      startsOn: z.string(),
      counts: statusCounts,
      units: z.array(
        z.object({
          agency: z.string(),
          agencyName: z.string(),
          lastText: z.string().nullable(),
          status: z.enum(TASK_STATUSES),
          dueOn: z.string().nullable(),
          onTime: z.boolean().nullable(),
          lastReportOn: z.string().nullable(),
        }),
      ),
    }),
  ),
});

export const flaggedView = z.object({ flagged: z.number() });

// ---- The reform index ----

const criterionCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9.]{1,20}$/, "code");
const criterionName = z.string().trim().min(1).max(500);
const points = z.number().min(0).max(100);
const band = z.strictObject({ min: z.number().min(0).max(1), share: z.number().min(0).max(1) });

export const scoringSchema = z.discriminatedUnion("how", [
  z.strictObject({ how: z.literal("evidence") }),
  z.strictObject({ how: z.literal("survey") }),
  z.strictObject({
    how: z.literal("system"),
    measure: z.enum(MEASURES),
    /** Share of the points by the figure's value (highest band whose min it reaches); without bands, points × value. */
    bands: z.array(band).max(10).optional(),
  }),
]);
export const subSchema = z.strictObject({
  code: criterionCode,
  name: criterionName,
  max: points,
  scoring: scoringSchema,
});
export const criterionSchema = z.strictObject({
  code: criterionCode,
  name: criterionName,
  subs: z.array(subSchema).min(1).max(30),
});
export const areaSchema = z.strictObject({
  code: criterionCode,
  name: criterionName,
  max: points,
  criteria: z.array(criterionSchema).min(1).max(30),
});
export const areasSchema = z.array(areaSchema).min(1).max(12);

/** A deduction rule: a condition on a system figure, an effect on the points, a period in force. */
export const ruleSchema = z.strictObject({
  id: z.string().trim().min(1).max(40),
  title: z.string().trim().min(1).max(500),
  /** The legal basis, cited in the computation shown. */
  basis: z.string().trim().min(1).max(300),
  levels: z.array(unitLevel).min(1),
  condition: z.strictObject({
    measure: z.enum(MEASURES),
    op: z.enum(["<", "<=", ">", ">="]),
    value: z.number().min(0).max(1),
  }),
  effect: z.discriminatedUnion("kind", [
    z.strictObject({
      kind: z.literal("percentOfArea"),
      area: z.string(),
      percent: z.number().min(0).max(100),
    }),
    z.strictObject({ kind: z.literal("points"), points: z.number().min(0).max(100) }),
  ]),
  /** The rule applies to the assessment years whose last day falls in [from, to]. */
  period: z.strictObject({ from: day, to: day.nullable() }),
});

const sub = z.string().trim().min(1).max(20);
const score = z.number().min(0).max(100);

export const criteriaBody = z.strictObject({
  title: text(500),
  areas: areasSchema,
  rules: z.array(ruleSchema).max(50).default([]),
});

export const selfBody = z.strictObject({
  items: z
    .array(
      z.strictObject({
        sub,
        score,
        note: z.string().trim().max(5_000).optional(),
        evidence: z.array(sha256).max(20).default([]),
      }),
    )
    .max(300),
  submit: z.boolean().default(false),
});

export const appraiseBody = z.strictObject({
  items: z
    .array(z.strictObject({ sub, score, reason: z.string().trim().max(5_000).optional() }))
    .max(300),
});

export const respondBody = z.strictObject({
  items: z
    .array(z.strictObject({ sub, text: text(5_000) }))
    .min(1)
    .max(300),
});

export const indexRankingQuery = z.strictObject({ level: unitLevel.optional() });

const measureNames = z.object(
  Object.fromEntries(MEASURES.map((m) => [m, words])) as Record<
    (typeof MEASURES)[number],
    typeof words
  >,
);

export const criteriaSetView = z.object({
  year: z.number(),
  title: z.string(),
  areas: z.array(areaSchema),
  rules: z.array(ruleSchema),
  issuedAt: z.string(),
  issuedBy: z.string(),
});

export const criteriaView = criteriaSetView.extend({
  measures: measureNames,
  frozen: z.boolean(),
});

export const criteriaTemplate = z.object({
  areas: z.array(areaSchema),
  rules: z.array(ruleSchema),
  measures: measureNames,
});

export const stageView = z.object({ stage: z.enum(STAGES) });

const figure = z.object({
  numerator: z.number(),
  denominator: z.number(),
  value: z.number().nullable(),
});

/** A deduction rule applied to a unit, with the points it took. */
const deduction = z.object({
  rule: z.string(),
  title: z.string(),
  basis: z.string(),
  points: z.number(),
  vi: z.string(),
  en: z.string(),
});

export const unitIndexView = z.object({
  year: z.number(),
  agency: z.string(),
  name: z.string(),
  level: z.string(),
  stage: z.enum(STAGES),
  rank: z.number(),
  of: z.number(),
  total: z.number(),
  areas: z.array(areaSchema),
  measures: measureNames,
  result: z.object({
    total: z.number(),
    areas: z.record(z.string(), z.number()),
    deductions: z.array(deduction),
    subs: z.array(
      z.object({
        code: z.string(),
        area: z.string(),
        max: z.number(),
        points: z.number(),
        source: z.enum(["system", "final", "appraised", "self", "none"]),
        figure: figure.extend({ measure: z.enum(MEASURES) }).optional(),
      }),
    ),
  }),
  /** What the unit, the appraiser and the final decision entered, per sub-criterion. */
  entered: z.record(
    z.string(),
    z.object({
      sub: z.string(),
      self: z.number().nullable(),
      selfNote: z.string().nullable(),
      evidence: z.array(z.string()),
      appraised: z.number().nullable(),
      appraisalReason: z.string().nullable(),
      response: z.string().nullable(),
      final: z.number().nullable(),
      finalReason: z.string().nullable(),
    }),
  ),
});

export const recomputeView = z.object({ year: z.number(), units: z.number(), ms: z.number() });

export const indexRankingView = z.object({
  year: z.number(),
  computedAt: z.string().nullable(),
  units: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      level: z.string(),
      total: z.number(),
      rank: z.number().nullable(),
      stage: z.string(),
      areas: z.record(z.string(), z.number()),
      deductions: z.array(deduction),
    }),
  ),
});

// ---- Evidence files ----

export const evidenceStored = z.object({
  sha256: z.string(),
  size: z.number(),
  mediaType: z.string(),
});

// ---- Inspections ----

const inspectionKind = z.enum(["periodic", "unannounced"]);
const inspectionStage = z.enum(["planned", "carried_out", "concluded"]);

export const planBody = z.strictObject({
  year: bodyYear,
  kind: inspectionKind,
  target: agencyCode,
  inspector: agencyCode,
  team: z.array(text(200)).min(1).max(20),
  scope: text(5_000),
  plannedOn: day,
});

export const findingsBody = z.strictObject({
  carriedOn: day,
  team: z.array(text(200)).min(1).max(20).optional(),
  findings: z
    .array(z.strictObject({ area: text(200), text: text(10_000) }))
    .min(1)
    .max(100),
});

export const conclusionBody = z.strictObject({
  /** The conclusion notice: number and symbol, date, signer, the signed file. */
  number: text(60),
  issuedOn: day,
  signer: text(200),
  fileSha256: sha256.nullable().default(null),
  conclusion: text(20_000),
  items: z
    .array(
      z.strictObject({
        ref: text(20),
        text: text(10_000),
        /** The agency that must remedy (the inspected unit or an agency under it). */
        owner: agencyCode.optional(),
        deadline: day,
      }),
    )
    .min(1)
    .max(100),
});

export const inspectionListQuery = z.strictObject({
  year: yearSchema.optional(),
  target: agencyCode.optional(),
});

export const proposalQuery = z.strictObject({
  year: yearSchema,
  per: z.coerce.number().int().min(1).max(20).default(3),
});

export const PROPOSAL_REASONS = [
  "lowestReformIndex",
  "lowestOnTimeRate",
  "mostLateDossiers",
  "mostComplaints",
] as const;

export const proposalsView = z.object({
  basisYear: z.number(),
  proposals: z.array(
    z.object({
      agency: z.string(),
      name: z.string(),
      level: z.string(),
      reformIndex: z.number().nullable(),
      reformIndexYear: z.number().nullable(),
      onTimeRate: z.number().nullable(),
      lateDossiers: z.number(),
      complaints: z.number(),
      reasons: z.array(z.enum(PROPOSAL_REASONS)),
    }),
  ),
});

export const createdId = z.object({ id: z.string() });

const itemCounts = z.object({ overdue: z.number(), open: z.number(), closed: z.number() });

export const inspectionView = z.object({
  id: z.string(),
  year: z.number(),
  kind: inspectionKind,
  target: z.string(),
  targetName: z.string(),
  inspector: z.string(),
  inspectorName: z.string(),
  team: z.array(z.string()),
  scope: z.string(),
  plannedOn: z.string(),
  stage: inspectionStage,
  carriedOn: z.string().nullable(),
  findings: z.array(z.object({ area: z.string(), text: z.string() })),
  conclusion: z.string().nullable(),
  conclusionNumber: z.string().nullable(),
  items: z.array(
    z.object({
      taskId: z.string(),
      ref: z.string(),
      text: z.string(),
      owner: z.string(),
      ownerName: z.string(),
      deadline: z.string(),
      state: z.enum(["overdue", "open", "closed"]),
      closedOn: z.string().nullable(),
      closedLate: z.boolean(),
      evidence: z.array(z.string()),
      lastReport: z.string().nullable(),
    }),
  ),
  counts: itemCounts,
});

export const inspectionList = z.object({ inspections: z.array(inspectionView) });

export const findingsSaved = z.object({ id: z.string(), stage: z.literal("carried_out") });

export const conclusionSaved = z.object({
  id: z.string(),
  conclusionId: z.string(),
  items: z.array(z.object({ id: z.string(), ref: z.string() })),
});

// ---- Periodic reports ----

export const reportText = z.strictObject({
  number: text(60),
  place: text(100),
  signer: z.strictObject({
    authority: text(100).optional(),
    position: text(100),
    name: text(100),
  }),
  recipients: z.array(text(200)).min(1).max(30),
  sections: z.strictObject({
    results: text(50_000),
    shortcomings: text(20_000),
    plans: text(20_000),
    proposals: text(20_000),
  }),
});

export const periodicReportView = z.object({
  agency: z.string(),
  agencyName: z.string(),
  period: z.string(),
  periodLabel: z.string(),
  from: z.string(),
  to: z.string(),
  saved: z.object({ at: z.string(), by: z.string() }).nullable(),
  figures: z.array(
    figure.extend({
      measure: z.enum(MEASURES),
      name: words,
    }),
  ),
  tasks: z.array(
    z.object({
      taskId: z.string(),
      directive: z.string(),
      ref: z.string(),
      text: z.string(),
      status: z.enum(TASK_STATUSES),
      lastReportOn: z.string().nullable(),
      lastReport: z.string().nullable(),
    }),
  ),
  number: z.string(),
  place: z.string(),
  signer: z.object({
    position: z.string(),
    name: z.string(),
    authority: z.string().optional(),
  }),
  recipients: z.array(z.string()),
  sections: z.object({
    results: z.string(),
    shortcomings: z.string(),
    plans: z.string(),
    proposals: z.string(),
  }),
});

export const reportSaved = z.object({ saved: z.boolean(), at: z.string() });

// ---- Surveys and external indices ----

const bilingual = z.strictObject({
  vi: z.string().trim().min(1).max(500),
  en: z.string().trim().min(1).max(500),
});
export const scaleSchema = z
  .strictObject({
    min: z.number().int().min(0).max(10),
    max: z.number().int().min(1).max(10),
    satisfiedFrom: z.number().int().min(0).max(10),
    labels: z.strictObject({
      vi: z.array(z.string().min(1).max(100)),
      en: z.array(z.string().min(1).max(100)),
    }),
  })
  .refine((s) => s.min < s.max && s.satisfiedFrom >= s.min && s.satisfiedFrom <= s.max, {
    message: "min < max, min ≤ satisfiedFrom ≤ max",
  })
  .refine(
    (s) => s.labels.vi.length === s.max - s.min + 1 && s.labels.en.length === s.max - s.min + 1,
    { message: "one label per point of the scale" },
  );

export const questionSchema = z.strictObject({
  id: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,40}$/),
  text: bilingual,
  scale: scaleSchema,
});
export const surveyQuestions = z.array(questionSchema).min(1).max(40);

/** A survey; without questions, the default questionnaire (the five aspects SIPAS measures). */
export const surveyBody = z.strictObject({
  year: bodyYear,
  title: z.string().trim().min(1).max(300),
  periodFrom: day,
  periodTo: day,
  units: z.array(agencyCode).min(1).max(500),
  questions: surveyQuestions.optional(),
  samplePerUnit: z.number().int().min(1).max(100_000),
  closesOn: day,
});

/** The token travels in the body, never in a URL the server logs. */
export const tokenBody = z.strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/) });

export const answerBody = z.strictObject({
  token: tokenBody.shape.token,
  answers: z.record(z.string(), z.number().int()),
  comment: z.string().trim().max(2_000).optional(),
});

const externalIndex = z.strictObject({
  index: z.enum(EXTERNAL_INDICES),
  score: z.number().min(0).max(1_000),
  maxScore: z.number().min(0).max(1_000).nullable().default(null),
  rank: z.number().int().min(1).max(1_000).nullable().default(null),
  ofCount: z.number().int().min(1).max(1_000).nullable().default(null),
  source: z.string().trim().min(1).max(300),
});
export const externalBody = z.strictObject({
  indices: z.array(externalIndex).min(1).max(4),
});

const questionView = z.object({
  id: z.string(),
  text: words,
  scale: z.object({
    min: z.number(),
    max: z.number(),
    satisfiedFrom: z.number(),
    labels: z.object({ vi: z.array(z.string()), en: z.array(z.string()) }),
  }),
});

export const surveyList = z.object({
  surveys: z.array(
    z.object({
      id: z.string(),
      year: z.number(),
      title: z.string(),
      periodFrom: z.string(),
      periodTo: z.string(),
      units: z.array(z.string()),
      closesOn: z.string(),
    }),
  ),
});

export const invitationsView = z.object({ invited: z.record(z.string(), z.number()) });

export const surveyResults = z.object({
  id: z.string(),
  year: z.number(),
  title: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  closesOn: z.string(),
  samplePerUnit: z.number(),
  questions: z.array(questionView),
  units: z.array(
    z.object({
      unit: z.string(),
      invited: z.number(),
      answered: z.number(),
      responseRate: z.number().nullable(),
      satisfiedShare: z.number().nullable(),
      questions: z.array(
        z.object({
          id: z.string(),
          answers: z.number(),
          mean: z.number().nullable(),
          satisfiedShare: z.number().nullable(),
        }),
      ),
    }),
  ),
});

export const openSurvey = z.object({
  title: z.string(),
  unit: z.string(),
  closesOn: z.string(),
  questions: z.array(questionView),
});

export const answerThanks = z.object({ thanks: z.literal(true) });

export const externalIndicesView = z.object({
  year: z.number(),
  indices: z.array(
    z.object({
      index: z.enum(EXTERNAL_INDICES),
      score: z.number(),
      maxScore: z.number().nullable(),
      rank: z.number().nullable(),
      ofCount: z.number().nullable(),
      source: z.string(),
    }),
  ),
});

// ---- A unit's overview ----

/** The control room's page per unit: every figure of the unit in one read, rows ready to show. */
export const unitOverview = z.object({
  agency: z.string(),
  name: z.string(),
  level: z.string(),
  year: z.number(),
  today: z.string(),
  reformIndex: z
    .object({
      total: z.number(),
      rank: z.number(),
      of: z.number(),
      stage: z.enum(STAGES),
      computedAt: z.string(),
    })
    .nullable(),
  serviceIndex: z
    .object({
      from: z.string(),
      to: z.string(),
      total: z.number(),
      max: z.number(),
      groups: z.array(z.object({ id: z.string(), max: z.number(), score: z.number() })),
      band: words,
      noData: z.boolean(),
    })
    .nullable(),
  tasks: z.object({
    counts: statusCounts,
    rows: z.array(
      z.object({
        taskId: z.string(),
        directiveNumber: z.string(),
        ref: z.string(),
        text: z.string(),
        status: z.enum(TASK_STATUSES),
        dueOn: z.string().nullable(),
        lastReportOn: z.string().nullable(),
      }),
    ),
  }),
  inspections: z.array(
    z.object({
      id: z.string(),
      year: z.number(),
      kind: inspectionKind,
      plannedOn: z.string(),
      stage: inspectionStage,
      inspectorName: z.string(),
      conclusionNumber: z.string().nullable(),
      counts: itemCounts,
    }),
  ),
  openItems: z.array(
    z.object({
      taskId: z.string(),
      inspectionId: z.string(),
      conclusionNumber: z.string().nullable(),
      ref: z.string(),
      text: z.string(),
      deadline: z.string(),
      state: z.enum(["overdue", "open"]),
      lastReport: z.string().nullable(),
    }),
  ),
});

export const overviewQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export const surveyListQuery = z.strictObject({ year: yearSchema.optional() });
