// Late dossiers (accountability module): the lateness and explanation of one dossier, the officer's
// draft, the head's signature of Form 04, notifications, and the compliance view per agency.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { get, type Messages, post, withQuery } from "./client.ts";

export interface Explanation {
  status: "drafted" | "signed";
  version: number;
  reason: string;
  responsibleStep: number | null;
  responsibleStepName: string | null;
  responsibleName: string;
  originalDueAt: string;
  proposedDueAt: string;
  draftedBy: string;
  draftedAt: string;
  newDueAt: string | null;
  signedBy: string | null;
  signedAt: string | null;
  /** The Form 04 PDF: the draft until signed, then the signed letter. */
  form04: string;
}

export interface LateState {
  code: string;
  dueAt: string | null;
  endAt: string | null;
  late: boolean;
  explanation: Explanation | null;
}

const lateKey = (code: string) => ["late", code] as const;

export const lateQuery = (code: string) => ({
  queryKey: lateKey(code),
  queryFn: () => get<LateState>(`/api/dossiers/${encodeURIComponent(code)}/late`),
});

export function useLate(code: string, enabled = true) {
  return useQuery({ ...lateQuery(code), enabled });
}

/** The explanations of a list page's dossiers in one call (those without one are left out). */
export function useLateExplanations(codes: string[]) {
  const sorted = [...new Set(codes)].sort();
  return useQuery({
    queryKey: ["late", "explanations", sorted],
    queryFn: () =>
      get<{ items: { code: string; explanation: Explanation }[] }>("/api/late/explanations", {
        codes: sorted.join(","),
      }),
    enabled: sorted.length > 0,
    staleTime: 30_000,
  });
}

export interface ExplanationInput {
  reason: string;
  responsibleStep?: number;
  responsibleName?: string;
  proposedDueAt: string;
}

function useLateMutation<I>(code: string, send: (body: I) => Promise<Explanation>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: ["late"] });
      qc.invalidateQueries({ queryKey: ["dossier", code] });
      qc.invalidateQueries({ queryKey: ["dossiers"] });
      qc.invalidateQueries({ queryKey: ["compliance"] });
    },
  });
}

export const useDraftExplanation = (code: string) =>
  useLateMutation(code, (body: ExplanationInput) =>
    post<Explanation>(`/api/dossiers/${encodeURIComponent(code)}/late/explanation`, body),
  );

export const useSignApology = (code: string) =>
  useLateMutation(code, (body: { version: number; newDueAt?: string; position?: string }) =>
    post<Explanation>(`/api/dossiers/${encodeURIComponent(code)}/late/approve`, body),
  );

export interface Notification {
  id: string;
  dossierCode: string;
  kind: "warning" | "late" | "apology" | "task_late" | "remediation_overdue";
  threshold: string | null;
  message: Messages;
  createdAt: string;
  readAt: string | null;
}

export function useNotifications(enabled: boolean) {
  return useQuery({
    queryKey: ["notifications"],
    queryFn: () =>
      get<{ notifications: Notification[] }>("/api/notifications", { limit: 50 }).then(
        (r) => r.notifications,
      ),
    enabled,
    refetchInterval: 30_000,
  });
}

export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => post<{ ok: true }>(`/api/notifications/${id}/read`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["notifications"] }),
  });
}

export type ComplianceState = "missing" | "explained" | "apologised";

export interface ComplianceRow {
  code: string;
  agencyCode: string;
  procedureCode: string;
  receivedAt: string | null;
  dueAt: string | null;
  endAt: string | null;
  supplementRequests: number;
  /** Why the dossier counts as late. */
  whyLate: Messages;
  state: ComplianceState;
  explanation: {
    reason: string;
    responsibleName: string;
    responsibleStep: string | null;
    draftedAt: string;
    newDueAt: string | null;
    signedAt: string | null;
    signedBy: string | null;
    beforeDue: boolean | null;
  } | null;
}

export interface Compliance {
  agency: string;
  from: string;
  to: string;
  summary: {
    late: number;
    withExplanation: number;
    withApology: number;
    apologyBeforeDue: number;
    missingExplanation: number;
    missingApology: number;
  };
  dossiers: ComplianceRow[];
}

export interface ComplianceQuery {
  agency: string;
  from: string;
  to: string;
}

export function useCompliance(q: ComplianceQuery | null) {
  return useQuery({
    queryKey: ["compliance", q],
    queryFn: () => get<Compliance>("/api/accountability/compliance", { ...q! }),
    enabled: !!q?.agency,
  });
}

export const complianceXlsxUrl = (q: ComplianceQuery) =>
  withQuery("/api/accountability/compliance.xlsx", { ...q });
