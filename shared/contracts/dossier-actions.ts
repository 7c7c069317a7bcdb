// The dossier actions' contract: each action of the state machine (Decree 118/2025/NĐ-CP,
// Art. 15–19) takes its own closed body, sent with the dossier's version to
// POST /api/dossiers/:code/actions/<action>, and answers the dossier as it is now
// (dossierChanged, with the actions this user may take next). The counter's intake takes one of
// the reception actions at once (intakeBody.decision).
import { z } from "zod";
import {
  agencyCodeInput,
  applicantInput,
  assigneeInput,
  componentInput,
  type DOSSIER_ACTIONS,
  feeInput,
  sha256,
} from "./dossiers.ts";

const note = z.string().trim().max(2000).optional();
const items = z.array(z.string().trim().min(1).max(500));

/** Each action's body, without the version (which every action takes). */
export const ACTION_BODIES = {
  receive: z.strictObject({
    /** Replaces the component list (e.g. completed after a Form 02 request). */
    components: z.array(componentInput).max(200).optional(),
    formData: z.record(z.string(), z.unknown()).optional(),
    /** Officer who takes the first handling step. */
    assignee: assigneeInput.optional(),
  }),
  "request-completion": z.strictObject({
    /** Further items to add or correct, beyond the missing required components. */
    items: items.max(100).default([]),
    note,
  }),
  "refuse-intake": z.strictObject({ reasons: z.string().trim().min(5).max(4000) }),
  forward: z.strictObject({
    note,
    /** Officer who takes the next step. */
    assignee: assigneeInput.optional(),
  }),
  "send-back": z.strictObject({
    reason: z.string().trim().min(3).max(2000),
    assignee: assigneeInput.optional(),
  }),
  approve: z.strictObject({ note }),
  "request-supplement": z.strictObject({
    items: items.min(1).max(100),
    reason: z.string().trim().min(3).max(2000),
    /** Required from the second request on: the dossier will count as late. */
    confirmSecondRequest: z.boolean().optional(),
    /** Required from the second request on: why the first request did not ask for this. */
    repeatReason: z.string().trim().min(10).max(2000).optional(),
  }),
  "complete-supplement": z.strictObject({
    /** Components added or replaced by the supplement (matched by name). */
    components: z.array(componentInput).max(200).default([]),
    note,
  }),
  "request-payment": z.strictObject({ fees: z.array(feeInput).min(1).max(50), note }),
  "confirm-payment": z.strictObject({
    /** 0 at the counter, 1 paid online elsewhere, 2 on the payment gateway. */
    paidOnline: z.literal([0, 1, 2]),
    receipt: z.string().trim().max(200).optional(),
  }),
  "issue-result": z.strictObject({
    resultCode: z.string().trim().min(1).max(100),
    /** The signed result document (POST /api/dossiers/:code/result-file). */
    file: sha256,
  }),
  "return-result": z.strictObject({
    method: z.enum(["counter", "post", "online"]),
    pushedToPersonalStore: z.boolean().default(false),
    note,
  }),
  stop: z.strictObject({
    reason: z.string().trim().min(5).max(4000),
    legalBasis: z.string().trim().max(500).optional(),
  }),
  refuse: z.strictObject({ reasons: z.string().trim().min(5).max(4000) }),
  withdraw: z.strictObject({
    reason: z.string().trim().max(2000).optional(),
    /** Papers (originals) handed back to the applicant with the record. */
    returned: items.max(100).optional(),
  }),
  reroute: z.strictObject({
    agency: agencyCodeInput,
    reason: z.string().trim().min(5).max(2000),
    /** After reception: who takes the first handling step at the competent agency. */
    assignee: assigneeInput.optional(),
  }),
  "return-misrouted": z.strictObject({ reason: z.string().trim().min(10).max(2000) }),
  acknowledge: z.strictObject({ note }),
} as const satisfies Record<(typeof DOSSIER_ACTIONS)[number], z.ZodType>;

export type ActionName = keyof typeof ACTION_BODIES;
/** What an action reads once parsed (defaults filled in). */
export type ActionBody<A extends ActionName> = z.output<(typeof ACTION_BODIES)[A]>;

/** The dossier's version, checked against the stored one (optimistic concurrency). */
export const actionVersion = z.strictObject({ version: z.number().int().positive() });

/** The body POST /api/dossiers/:code/actions/<action> takes: the action's own and the version. */
export function actionRequest<A extends ActionName>(action: A) {
  return ACTION_BODIES[action].extend(actionVersion.shape);
}

/** One action with its request body, as the union below holds it. */
const requestOf = <A extends ActionName>(action: A) =>
  z.strictObject({ action: z.literal(action), body: actionRequest(action) });

/** Any action with its request body: what the web's action form sends. */
export const dossierActionRequest = z.discriminatedUnion("action", [
  requestOf("receive"),
  requestOf("request-completion"),
  requestOf("refuse-intake"),
  requestOf("forward"),
  requestOf("send-back"),
  requestOf("approve"),
  requestOf("request-supplement"),
  requestOf("complete-supplement"),
  requestOf("request-payment"),
  requestOf("confirm-payment"),
  requestOf("issue-result"),
  requestOf("return-result"),
  requestOf("stop"),
  requestOf("refuse"),
  requestOf("withdraw"),
  requestOf("reroute"),
  requestOf("return-misrouted"),
  requestOf("acknowledge"),
]);

// ---------------------------------------------------------------------------------------------
// Intake: a new dossier, with the counter's reception decision taken at once.

/** At the counter: receive, ask for completion (Form 02) or refuse (Form 03) on the spot. */
export const intakeDecision = z.discriminatedUnion("action", [
  ACTION_BODIES.receive.extend({ action: z.literal("receive") }),
  ACTION_BODIES["request-completion"].extend({ action: z.literal("request-completion") }),
  ACTION_BODIES["refuse-intake"].extend({ action: z.literal("refuse-intake") }),
]);

export const intakeBody = z.strictObject({
  procedure: z.string().trim().min(1).max(40),
  procedureVersion: z.number().int().positive().optional(),
  /** Competent agency; by default the procedure's agency (for the applicant's commune). */
  agency: agencyCodeInput.optional(),
  /** One-stop unit receiving the dossier (its code prefixes the dossier code). */
  receivingUnit: agencyCodeInput.optional(),
  channel: z.literal([1, 2, 3]),
  applicant: applicantInput,
  components: z.array(componentInput).max(200).default([]),
  formData: z.record(z.string(), z.unknown()).default({}),
  vneidVerified: z.boolean().default(false),
  populationDb: z.boolean().default(false),
  /** The population-database look-up the applicant's data came from (sets populationDb). */
  populationLookup: z.string().trim().min(8).max(64).optional(),
  /** At the counter: the reception decision taken at once. */
  decision: intakeDecision.optional(),
});

/** POST /api/dossiers/online: the citizen's submission (the channel is online, no decision). */
export const onlineBody = intakeBody.omit({ decision: true, channel: true });
