// Complaints and petitions (phản ánh, kiến nghị): the public side (submit, look up with the secret,
// give the requested information, rate the answer) and the officers' work list and handling.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  answerBody,
  COMPLAINT_ACTIONS,
  COMPLAINT_CLASSES,
  COMPLAINT_STATES,
  classifyBody,
  complaintBody,
  complaintList,
  complaintStaffView,
  complaintView,
  infoBody,
  publishBody,
  ratedComplaint,
  ratingBody,
  refuseBody,
  requestInfoBody,
  submittedComplaint,
} from "../../../shared/contracts/feedback.ts";
import { get, post } from "./client.ts";

export type ComplaintState = (typeof COMPLAINT_STATES)[number];
export type ComplaintClass = (typeof COMPLAINT_CLASSES)[number];
/** The actions an officer takes from the complaint's page. */
export type ComplaintAction = Exclude<(typeof COMPLAINT_ACTIONS)[number], "provide-info" | "rate">;
/** An officer's action with its body, as POST /api/complaints/:code/<action> takes it. */
export type ComplaintActionRequest =
  | { action: "classify"; body: z.input<typeof classifyBody> }
  | { action: "refuse"; body: z.input<typeof refuseBody> }
  | { action: "request-info"; body: z.input<typeof requestInfoBody> }
  | { action: "answer"; body: z.input<typeof answerBody> }
  | { action: "publish"; body: z.input<typeof publishBody> };
export type PublicComplaint = z.infer<typeof complaintView>;
export type ComplaintStep = PublicComplaint["steps"][number];
export type StepId = ComplaintStep["step"];
export type StepStatus = ComplaintStep["status"];
export type StaffComplaint = z.infer<typeof complaintStaffView>;
export type Complainant = StaffComplaint["complainant"];
export type ComplaintListItem = z.infer<typeof complaintList>["complaints"][number];
export type ComplaintInput = z.input<typeof complaintBody>;

export function useSubmitComplaint() {
  return useMutation({
    mutationFn: (body: ComplaintInput) =>
      post<z.infer<typeof submittedComplaint>>("/api/complaints", body),
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

function usePublicAction<I, O extends PublicComplaint = PublicComplaint>(
  send: (body: I) => Promise<O>,
) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => qc.invalidateQueries({ queryKey: ["complaint-lookup"] }),
  });
}

export const useProvideInfo = (code: string) =>
  usePublicAction((body: z.input<typeof infoBody>) =>
    post<PublicComplaint>(`/api/complaints/${enc(code)}/info`, body),
  );

export const useRateAnswer = (code: string) =>
  usePublicAction((body: z.input<typeof ratingBody>) =>
    post<z.infer<typeof ratedComplaint>>(`/api/complaints/${enc(code)}/rating`, body),
  );

export function useComplaints(filter: { state?: ComplaintState; agency?: string }) {
  return useQuery({
    queryKey: ["complaints", filter],
    queryFn: () =>
      get<z.infer<typeof complaintList>>("/api/complaints", { ...filter, limit: 200 }).then(
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
    mutationFn: ({ action, body }: ComplaintActionRequest) =>
      post<StaffComplaint>(`/api/complaints/${enc(code)}/${action}`, body),
    onSuccess: (c) => {
      qc.setQueryData(["complaint", code], c);
      qc.invalidateQueries({ queryKey: ["complaints"] });
    },
  });
}
