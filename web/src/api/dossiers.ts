// Dossiers: intake, the work queue, one dossier with its history, actions, forms, public look-up.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  dossierActionRequest,
  intakeBody,
  onlineBody,
} from "../../../shared/contracts/dossier-actions.ts";
import type {
  agencyShareView,
  applicantView,
  componentView,
  dossierAction,
  dossierChanged,
  dossierDetail,
  dossierEventView,
  dossierStepView,
  dossierSummary,
  draftResult,
  inbox,
  inboxItem,
  intakeAnswer,
  onlineTray,
  pickList,
  queueItem,
  queuePage,
  receptionWait,
  resultDocumentView,
  signedResult,
  submissionConfirmation,
  trayItem,
  uncollectedItem,
  uncollectedList,
  unitReceptionWait,
  watchRuleView,
} from "../../../shared/contracts/dossiers.ts";
import type { State } from "../../../shared/dossier-states.ts";
import { get, type Messages, post, upload, withQuery } from "./client.ts";

export type { State };

/** The actions of the state machine; a dossier lists the ones this user may take. */
export type DossierAction = z.infer<typeof dossierAction>;
export type Applicant = z.infer<typeof applicantView>;
export type DossierComponent = z.infer<typeof componentView>;
export type QueueItem = z.infer<typeof queueItem>;
export type DossierSummary = z.infer<typeof dossierSummary>;
export type DossierStep = z.infer<typeof dossierStepView>;
/** Each agency's share of the dossier's working time against its steps' quotas. */
export type AgencyShare = z.infer<typeof agencyShareView>;
export type DossierEvent = z.infer<typeof dossierEventView>;
/** A result document kept with the dossier: signed results, or the officer's draft. */
export type ResultDocument = z.infer<typeof resultDocumentView>;
export type DossierDetail = z.infer<typeof dossierDetail>;

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
    queryFn: () => get<z.infer<typeof queuePage>>("/api/dossiers", { ...filter }),
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

export type ActionResult = z.infer<typeof dossierChanged>;
/** An action with its body, as POST /api/dossiers/:code/actions/<action> takes it. */
export type DossierActionRequest = z.input<typeof dossierActionRequest>;
/** An action with its body as the form fills it in: without the dossier's version. */
export type DossierActionDraft = DossierActionRequest extends infer R
  ? R extends { action: infer A; body: infer B }
    ? { action: A; body: Omit<B, "version"> }
    : never
  : never;

/** The request of a drafted action against the dossier's version the page shows. */
export const withVersion = (draft: DossierActionDraft, version: number) =>
  ({ action: draft.action, body: { ...draft.body, version } }) as DossierActionRequest;

export function useDossierAction(code: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ action, body }: DossierActionRequest) =>
      post<ActionResult>(`/api/dossiers/${encodeURIComponent(code)}/actions/${action}`, body),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: ["dossier", code] });
      qc.invalidateQueries({ queryKey: ["dossiers"] });
    },
  });
}

export type IntakeInput = z.input<typeof intakeBody>;
/** The citizen's online submission (no channel, no reception decision). */
export type OnlineInput = z.input<typeof onlineBody>;

export function useIntake() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: IntakeInput) => post<z.infer<typeof intakeAnswer>>("/api/dossiers", input),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["dossiers"] }),
  });
}

/** What the server confirms after an online submission (kept by the confirmation page). */
export type SubmissionConfirmation = z.infer<typeof submissionConfirmation>;

export function useSubmitOnline() {
  return useMutation({
    mutationFn: (input: OnlineInput) => post<SubmissionConfirmation>("/api/dossiers/online", input),
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
export type SignedResult = z.infer<typeof signedResult>;

/** Uploads the result PDF; the server checks it, signs it and keeps it. */
export const uploadResultFile = (code: string, file: File, onProgress?: (done: number) => void) =>
  upload<SignedResult>(`/api/dossiers/${encodeURIComponent(code)}/result-file`, file, onProgress);

/** The URL of a signed result document of the dossier. */
export const resultFileUrl = (code: string, sha256: string) =>
  `/api/dossiers/${encodeURIComponent(code)}/result-file/${sha256}`;

/** Uploads the handling officer's draft of the result (PDF, not signed). */
export const uploadDraftResult = (code: string, file: File, onProgress?: (done: number) => void) =>
  upload<z.infer<typeof draftResult>>(
    `/api/dossiers/${encodeURIComponent(code)}/result-draft`,
    file,
    onProgress,
  );

/** An online dossier waiting for reception (the counter's online tray). */
export type TrayItem = z.infer<typeof trayItem>;

/** A counter's list, fetched while `enabled` and again every `every` ms. */
const useCounterList = <T>(
  key: string[],
  enabled: boolean,
  every: number,
  fetch: () => Promise<T>,
) => useQuery({ queryKey: ["dossiers", ...key], queryFn: fetch, enabled, refetchInterval: every });

export const useOnlineTray = (enabled: boolean) =>
  useCounterList(["tray", "online"], enabled, 60_000, () =>
    get<z.infer<typeof onlineTray>>("/api/dossiers/tray/online"),
  );

/** A result issued but not collected past the rule's working days (the counter's list). */
export type UncollectedItem = z.infer<typeof uncollectedItem>;
export type WatchRule = z.infer<typeof watchRuleView>;

export const useUncollected = (enabled: boolean) =>
  useCounterList(["tray", "uncollected"], enabled, 300_000, () =>
    get<z.infer<typeof uncollectedList>>("/api/dossiers/tray/uncollected"),
  );

/** Online dossiers' wait for reception, per receiving unit, in a period. */
export type UnitReceptionWait = z.infer<typeof unitReceptionWait>;

export const useReceptionWait = (enabled: boolean) =>
  useCounterList(["reception-wait"], enabled, 300_000, () =>
    get<z.infer<typeof receptionWait>>("/api/dossiers/reception-wait"),
  );

/** The people who may take the step an action opens (the unit's holders of the step's role). */
export type PickList = z.infer<typeof pickList>;

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
export type InboxItem = z.infer<typeof inboxItem>;

export function useInbox(enabled: boolean) {
  return useQuery({
    queryKey: ["dossiers", "inbox"],
    queryFn: () => get<z.infer<typeof inbox>>("/api/dossiers/inbox"),
    enabled,
    refetchInterval: 60_000,
  });
}
