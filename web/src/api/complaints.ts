// Complaints and petitions (phản ánh, kiến nghị): the public side (submit, look up with the secret,
// give the requested information, rate the answer) and the officers' work list and handling.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { get, type Messages, post } from "./client.ts";

export type ComplaintState =
  | "received"
  | "classified"
  | "refused"
  | "info-requested"
  | "info-received"
  | "answered"
  | "published"
  | "rated";
export type ComplaintClass = "regulation" | "behaviour";
export type ComplaintAction = "classify" | "refuse" | "request-info" | "answer" | "publish";
export type StepId = "refuse" | "info-request" | "answer" | "publish";
export type StepStatus = "on-time" | "late" | "pending" | "overdue" | "not-applicable";

export interface ComplaintStep {
  step: StepId;
  dueAt: string;
  doneAt: string | null;
  onTime: boolean | null;
  status: StepStatus;
}

export interface PublicComplaint {
  code: string;
  state: ComplaintState;
  stateName: Messages;
  dossierCode: string | null;
  agencyCode: string | null;
  class: ComplaintClass;
  classified: boolean;
  title: string | null;
  content: string;
  receivedAt: string;
  steps: ComplaintStep[];
  refuseReason: string | null;
  infoRequests: { at: string; text: string; answeredAt?: string; answer?: string }[];
  answer: string | null;
  complainantReaction: "like" | "dislike" | null;
  likes: number;
  dislikes: number;
  raisedAgainUnsatisfied: boolean;
  parentCode: string | null;
}

export interface Complainant {
  name: string;
  phone?: string;
  email?: string;
  address?: string;
}

export interface StaffComplaint extends PublicComplaint {
  complainant: Complainant;
  publicQuestion: string | null;
  allowedActions: string[];
  version: number;
}

export interface ComplaintListItem {
  code: string;
  state: ComplaintState;
  agencyCode: string | null;
  dossierCode: string | null;
  class: ComplaintClass;
  title: string | null;
  receivedAt: string;
  answerDue: string | null;
}

export interface ComplaintInput {
  dossierCode?: string;
  agencyCode?: string;
  class: ComplaintClass;
  title?: string;
  content: string;
  complainant: Complainant;
}

export function useSubmitComplaint() {
  return useMutation({
    mutationFn: (body: ComplaintInput) =>
      post<PublicComplaint & { secret: string }>("/api/complaints", body),
  });
}

const enc = encodeURIComponent;

export function useComplaintLookup(asked: { code: string; secret: string } | null) {
  return useQuery({
    queryKey: ["complaint-lookup", asked],
    queryFn: () =>
      post<PublicComplaint>(`/api/complaints/${enc(asked!.code)}/lookup`, {
        secret: asked!.secret,
      }),
    enabled: !!asked,
    retry: false,
  });
}

function usePublicAction<I>(send: (body: I) => Promise<PublicComplaint>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => qc.invalidateQueries({ queryKey: ["complaint-lookup"] }),
  });
}

export const useProvideInfo = (code: string) =>
  usePublicAction((body: { secret: string; text: string }) =>
    post<PublicComplaint>(`/api/complaints/${enc(code)}/info`, body),
  );

interface Rating {
  secret: string;
  reaction: "like" | "dislike";
  raiseAgain?: { content: string; title?: string };
}

export const useRateAnswer = (code: string) =>
  usePublicAction((body: Rating) =>
    post<PublicComplaint>(`/api/complaints/${enc(code)}/rating`, body),
  );

export function useComplaints(filter: { state?: ComplaintState; agency?: string }) {
  return useQuery({
    queryKey: ["complaints", filter],
    queryFn: () =>
      get<{ complaints: ComplaintListItem[] }>("/api/complaints", { ...filter, limit: 200 }).then(
        (r) => r.complaints,
      ),
    placeholderData: keepPreviousData,
  });
}

export function useComplaint(code: string) {
  return useQuery({
    queryKey: ["complaint", code],
    queryFn: () => get<StaffComplaint>(`/api/complaints/${enc(code)}`),
  });
}

export function useComplaintAction(code: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ action, body }: { action: ComplaintAction; body: Record<string, unknown> }) =>
      post<StaffComplaint>(`/api/complaints/${enc(code)}/${action}`, body),
    onSuccess: (c) => {
      qc.setQueryData(["complaint", code], c);
      qc.invalidateQueries({ queryKey: ["complaints"] });
    },
  });
}
