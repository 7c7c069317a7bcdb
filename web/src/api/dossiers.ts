// Dossiers: intake, the work queue, one dossier with its history, actions, forms, public look-up.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { State } from "../../../shared/dossier-states.ts";
import type { Timeliness } from "../../../shared/timeliness.ts";
import type { Fee } from "./catalog.ts";
import { get, type Messages, post, upload, withQuery } from "./client.ts";

export type { State };

export type DossierAction =
  | "receive"
  | "request-completion"
  | "refuse-intake"
  | "forward"
  | "send-back"
  | "approve"
  | "request-supplement"
  | "complete-supplement"
  | "request-payment"
  | "confirm-payment"
  | "issue-result"
  | "return-result"
  | "stop"
  | "refuse"
  | "withdraw"
  | "reroute"
  | "return-misrouted"
  | "acknowledge";

export interface Applicant {
  name: string;
  idNumber?: string;
  phone?: string;
  email?: string;
  address?: string;
  communeCode?: string;
  kind?: "citizen" | "organisation";
  representative?: string;
  /** The electronic result also goes to the applicant's personal data store (national portal). */
  resultToPersonalStore?: boolean;
  /** The result is sent by the public postal service to the applicant's address. */
  resultByPost?: boolean;
  /** The channels the applicant is told about their dossier on (default: e-mail, else SMS). */
  notify?: ("email" | "sms" | "zalo")[];
}

export interface DossierComponent {
  name: string;
  required: boolean;
  digitized: 0 | 1 | 2 | 3;
  fromPersonalStore: boolean;
  files: string[];
  originals?: number;
  copies?: number;
  /** Taken from the national population database instead of handed in. */
  fromPopulationData?: boolean;
}

export interface QueueItem {
  code: string;
  procedure: string;
  /** The procedure's current name, read with the list. */
  procedureName: string | null;
  agency: string;
  receivingUnit: string;
  channel: 1 | 2 | 3;
  status: number;
  state: State;
  submittedAt: string;
  receivedAt: string | null;
  dueAt: string | null;
  finishedAt: string | null;
  version: number;
  currentStep: number | null;
  supplementRequests: number;
  /** The new appointment after a signed apology (Form 04). */
  extendedDueAt: string | null;
  /** The server's one verdict on timeliness. */
  timeliness: Timeliness;
}

export interface DossierSummary extends Omit<QueueItem, "supplementRequests"> {
  procedureVersion: number | null;
  stateName: Messages;
  pausedWorkingMinutes: number;
  supplementRequests: number;
  vneidVerified: boolean;
  populationDb: boolean;
  /** 2: the fee was paid on the payment gateway; 1: paid online elsewhere; 0: not online. */
  paidOnline: 0 | 1 | 2;
  result: { code: string; file: string } | null;
  components: DossierComponent[];
  fees: Fee[];
  allowedActions: DossierAction[];
}

export interface DossierStep {
  seq: number;
  stepIndex: number;
  name: string;
  role: string;
  agencyCode: string | null;
  quotaHours: number;
  assigneeId: string | null;
  assigneeName: string | null;
  handedBy: string | null;
  /** Who handed the step on (a system step: the system). */
  doneBy: string | null;
  receivedAt: string;
  dueAt: string;
  doneAt: string | null;
  result: "early" | "on-time" | "late" | null;
  note: string | null;
  /** Inter-agency hand-off acknowledged by the receiving agency. */
  acknowledgedAt: string | null;
  acknowledgedBy?: string | null;
}

/** Each agency's share of the dossier's working time against its steps' quotas. */
export interface AgencyShare {
  agency: string;
  steps: number;
  workingMinutes: number;
  quotaMinutes: number;
  over: boolean;
  open: boolean;
}

export interface DossierEvent {
  seq: number;
  type: string;
  at: string;
  actor: string;
  data: Record<string, unknown>;
}

/** A result document kept with the dossier: signed results, or the officer's draft. */
export interface ResultDocument {
  sha256: string;
  fileName: string | null;
  signer: string | null;
  createdAt: string;
}

export interface DossierDetail extends DossierSummary {
  resultDocuments: ResultDocument[];
  draftResult: ResultDocument | null;
  applicant: Applicant | null;
  formData: Record<string, unknown>;
  secret: string;
  steps: DossierStep[];
  agencyTime: AgencyShare[];
  pauses: { startedAt: string; endedAt: string | null; reason?: string }[];
  events: DossierEvent[];
}

/** The public look-up: the same for the dossiers module's answer and the accountability one
 * (which adds the procedure's name, the new appointment and the signed apology of a late dossier). */
export interface PublicDossier {
  code: string;
  procedure: string;
  procedureName: string | null;
  receivingUnitName: string | null;
  /** The agency handling the dossier. */
  agencyName: string | null;
  /** The steps done so far, in plain words. */
  steps: { at: string; name: Messages }[];
  status: number;
  stateName: Messages;
  submittedAt: string | null;
  receivedAt: string | null;
  dueAt: string | null;
  newDueAt: string | null;
  finishedAt: string | null;
  apology: { signedAt: string | null; download: string } | null;
}

type RawPublic = Record<string, unknown> & { code: string; status: number };

function toPublic(r: RawPublic): PublicDossier {
  const proc = r.procedure as string | { code: string; name?: string };
  const unit = r.receivingUnit as { name?: string } | undefined;
  const s = (k: string) => (typeof r[k] === "string" ? (r[k] as string) : null);
  return {
    code: r.code,
    procedure: typeof proc === "string" ? proc : proc.code,
    procedureName: typeof proc === "string" ? null : (proc.name ?? null),
    receivingUnitName: unit?.name ?? null,
    agencyName: (r.agency as { name?: string } | undefined)?.name ?? null,
    steps: (r.steps as PublicDossier["steps"] | undefined) ?? [],
    status: r.status,
    stateName: (r.stateName ?? r.statusName) as Messages,
    submittedAt: s("submittedAt"),
    receivedAt: s("receivedAt"),
    dueAt: s("dueAt") ?? s("appointmentAt"),
    newDueAt: s("newAppointmentAt"),
    finishedAt: s("finishedAt"),
    apology: (r.apology as PublicDossier["apology"]) ?? null,
  };
}

export interface QueueFilter {
  status?: string;
  agency?: string;
  procedure?: string;
  late?: "true" | "false";
  q?: string;
  limit?: number;
}

export function useQueue(filter: QueueFilter, opts: { refetchInterval?: number } = {}) {
  return useQuery({
    queryKey: ["dossiers", filter],
    queryFn: () =>
      get<{ items: QueueItem[]; nextCursor: string | null }>("/api/dossiers", { ...filter }),
    placeholderData: keepPreviousData,
    refetchInterval: opts.refetchInterval,
  });
}

export function useDossier(code: string) {
  return useQuery({
    queryKey: ["dossier", code],
    queryFn: () => get<DossierDetail>(`/api/dossiers/${encodeURIComponent(code)}`),
  });
}

export interface ActionResult {
  dossier: DossierSummary;
  warning?: Messages;
}

export function useDossierAction(code: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({
      action,
      body,
    }: {
      action: DossierAction;
      body: Record<string, unknown> & { version: number };
    }) => post<ActionResult>(`/api/dossiers/${encodeURIComponent(code)}/actions/${action}`, body),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: ["dossier", code] });
      qc.invalidateQueries({ queryKey: ["dossiers"] });
    },
  });
}

export interface IntakeInput {
  procedure: string;
  agency?: string;
  receivingUnit?: string;
  channel: 1 | 2 | 3;
  applicant: Applicant;
  components: {
    name: string;
    digitized?: 0 | 1;
    files?: string[];
    reuse?: { dossier: string; secret?: string; from: "component" | "result" };
    originals?: number;
    copies?: number;
  }[];
  formData?: Record<string, unknown>;
  decision?: { action: "receive" | "request-completion" | "refuse-intake"; [k: string]: unknown };
  /** The population-database look-up the applicant's details came from (marks the dossier). */
  populationLookup?: string;
}

export function useIntake() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: IntakeInput) =>
      post<ActionResult & { secret: string }>("/api/dossiers", input),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["dossiers"] }),
  });
}

/** What the server confirms after an online submission (kept by the confirmation page). */
export interface SubmissionConfirmation {
  code: string;
  secret: string;
  status: number;
  submittedAt: string;
  /** Expected appointment if received at submission; fixed by the agency at reception. */
  expectedDueAt: string | null;
  amountDue: number;
}

export function useSubmitOnline() {
  return useMutation({
    mutationFn: (input: Omit<IntakeInput, "decision" | "channel" | "receivingUnit">) =>
      post<SubmissionConfirmation>("/api/dossiers/online", input),
  });
}

export function usePublicLookup(code: string | null, secret: string | null) {
  return useQuery({
    queryKey: ["lookup", code, secret],
    queryFn: async () =>
      toPublic(
        await post<RawPublic>(`/api/public/dossiers/${encodeURIComponent(code!)}`, {
          secret: secret!,
        }),
      ),
    enabled: !!code && !!secret,
    retry: false,
  });
}

/** The URL of a form's PDF (01 receipt, 02 completion request, 03 refusal, 06 control sheet…). */
export const formUrl = (code: string, no: string) =>
  `/api/dossiers/${encodeURIComponent(code)}/forms/${no}`;

/** A unit's dossier register (Form 07) for a period of Vietnam dates, as PDF or Excel. */
export const registerUrl = (unit: string, from: string, to: string, format: "pdf" | "xlsx") =>
  withQuery(`/api/registers/${encodeURIComponent(unit)}`, { from, to, format });

/** The result document as signed by the server with the agency's identity. */
export interface SignedResult {
  sha256: string;
  size: number;
  signer: { name: string; certificate: string; demo: boolean };
  signedAt: string;
}

/** Uploads the result PDF; the server checks it, signs it and keeps it. */
export const uploadResultFile = (code: string, file: File, onProgress?: (done: number) => void) =>
  upload<SignedResult>(`/api/dossiers/${encodeURIComponent(code)}/result-file`, file, onProgress);

/** The URL of a signed result document of the dossier. */
export const resultFileUrl = (code: string, sha256: string) =>
  `/api/dossiers/${encodeURIComponent(code)}/result-file/${sha256}`;

/** Uploads the handling officer's draft of the result (PDF, not signed). */
export const uploadDraftResult = (code: string, file: File, onProgress?: (done: number) => void) =>
  upload<{ sha256: string; size: number; fileName: string }>(
    `/api/dossiers/${encodeURIComponent(code)}/result-draft`,
    file,
    onProgress,
  );

/** An online dossier waiting for reception (the counter's online tray). */
export interface TrayItem {
  code: string;
  procedure: string;
  agency: string;
  receivingUnit: string;
  submittedAt: string;
  waitingWorkingMinutes: number;
  overdueForReception: boolean;
}

export function useOnlineTray(enabled: boolean) {
  return useQuery({
    queryKey: ["dossiers", "tray", "online"],
    queryFn: () =>
      get<{ rule: WatchRule; count: number; items: TrayItem[] }>("/api/dossiers/tray/online"),
    enabled,
    refetchInterval: 60_000,
  });
}

/** A result issued but not collected past the rule's working days (the counter's list). */
export interface UncollectedItem {
  code: string;
  procedure: string;
  agency: string;
  receivingUnit: string;
  issuedAt: string;
  uncollectedSince: string;
  waitingWorkingMinutes: number;
}

export interface WatchRule {
  threshold: number;
  unit: "working-days" | "working-hours";
  effectiveFrom: string;
  basis: string;
}

export function useUncollected(enabled: boolean) {
  return useQuery({
    queryKey: ["dossiers", "tray", "uncollected"],
    queryFn: () =>
      get<{ rule: WatchRule; count: number; items: UncollectedItem[] }>(
        "/api/dossiers/tray/uncollected",
      ),
    enabled,
    refetchInterval: 300_000,
  });
}

/** Online dossiers' wait for reception, per receiving unit, in a period. */
export interface UnitReceptionWait {
  unit: string;
  received: number;
  averageWorkingMinutes: number | null;
  maxWorkingMinutes: number | null;
  receivedLate: number;
  waitingNow: number;
  waitingOverdue: number;
}

export function useReceptionWait(enabled: boolean) {
  return useQuery({
    queryKey: ["dossiers", "reception-wait"],
    queryFn: () =>
      get<{ rule: WatchRule; from: string; to: string; units: UnitReceptionWait[] }>(
        "/api/dossiers/reception-wait",
      ),
    enabled,
    refetchInterval: 300_000,
  });
}

/** The people who may take the step an action opens (the unit's holders of the step's role). */
export interface PickList {
  action: "receive" | "forward" | "send-back" | "reassign";
  step: { index: number; name: string; role: string; unit: string; unitName: string } | null;
  people: { id: string; name: string }[];
}

export const HANDING_ACTIONS: readonly DossierAction[] = ["receive", "forward", "send-back"];

/** The pick-list of the step `action` opens, or of the open step for a leader's reassignment. */
export function usePickList(code: string, action: DossierAction | "reassign", version: number) {
  return useQuery({
    queryKey: ["dossier", code, "assignees", action, version],
    queryFn: () => get<PickList>(`/api/dossiers/${encodeURIComponent(code)}/assignees`, { action }),
    enabled: action === "reassign" || HANDING_ACTIONS.includes(action),
  });
}

/** Who may take the first handling step of a dossier received on the spot at the counter. */
export function useIntakePickList(procedure: string, agency: string | undefined) {
  return useQuery({
    queryKey: ["intake-assignees", procedure, agency ?? ""],
    queryFn: () =>
      get<PickList>("/api/dossiers/intake-assignees", {
        procedure,
        ...(agency ? { agency } : {}),
      }),
  });
}

/** One open step handed to the signed-in officer ("Hồ sơ của tôi"). */
export interface InboxItem {
  code: string;
  procedure: string;
  agency: string;
  state: State;
  stateName: Messages;
  step: { index: number; name: string; receivedAt: string; dueAt: string; handedBy: string | null };
  dueAt: string | null;
  overdue: boolean;
}

export function useInbox(enabled: boolean) {
  return useQuery({
    queryKey: ["dossiers", "inbox"],
    queryFn: () =>
      get<{ counts: { total: number; overdue: number; dueSoon: number }; items: InboxItem[] }>(
        "/api/dossiers/inbox",
      ),
    enabled,
    refetchInterval: 60_000,
  });
}
