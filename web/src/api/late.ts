// Late dossiers (accountability module): the lateness and explanation of one dossier, the officer's
// draft, the head's signature of Form 04, notifications, and the compliance view per agency.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type * as contract from "../../../shared/contracts/accountability.ts";
import { get, post, withQuery } from "./client.ts";

export type Explanation = z.infer<typeof contract.explanationView>;
export type LateState = z.infer<typeof contract.lateView>;

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
      get<z.infer<typeof contract.explanationsView>>("/api/late/explanations", {
        codes: sorted.join(","),
      }),
    enabled: sorted.length > 0,
    staleTime: 30_000,
  });
}

export type ExplanationInput = z.input<typeof contract.explanationBody>;

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
  useLateMutation(code, (body: z.input<typeof contract.approveBody>) =>
    post<Explanation>(`/api/dossiers/${encodeURIComponent(code)}/late/approve`, body),
  );

export type Notification = z.infer<typeof contract.notificationsView>["notifications"][number];

export function useNotifications(enabled: boolean) {
  return useQuery({
    queryKey: ["notifications"],
    queryFn: () =>
      get<z.infer<typeof contract.notificationsView>>("/api/notifications", { limit: 50 }).then(
        (r) => r.notifications,
      ),
    enabled,
    refetchInterval: 30_000,
  });
}

export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      post<z.infer<typeof contract.okView>>(`/api/notifications/${id}/read`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["notifications"] }),
  });
}

export type Compliance = z.infer<typeof contract.complianceView>;
export type ComplianceRow = Compliance["dossiers"][number];
export type ComplianceState = ComplianceRow["state"];
export type ComplianceQuery = z.input<typeof contract.complianceQuery>;

export function useCompliance(q: ComplianceQuery | null) {
  return useQuery({
    queryKey: ["compliance", q],
    queryFn: () => get<Compliance>("/api/accountability/compliance", { ...q! }),
    enabled: !!q?.agency,
  });
}

export const complianceXlsxUrl = (q: ComplianceQuery) =>
  withQuery("/api/accountability/compliance.xlsx", { ...q });
