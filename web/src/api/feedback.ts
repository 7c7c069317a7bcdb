// Citizen evaluation of a handled dossier (9 criteria scored 2/1/0, satisfaction, like/dislike).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, get, type Messages, post } from "./client.ts";

export type Satisfaction = "very-satisfied" | "satisfied" | "not-satisfied";

export interface EvaluationForm {
  /** The stored criterion (vi/en name), asked as a citizen would put it, answers per point. */
  criteria: {
    id: string;
    vi: string;
    en: string;
    question: Messages;
    answers: Record<string, Messages>;
  }[];
  maxTotal: number;
  points: number[];
  satisfaction: Satisfaction[];
  reactions: ("like" | "dislike")[];
}

export interface Evaluation {
  dossierCode: string;
  scores: Record<string, number>;
  total: number;
  band: string;
  bandName: Messages;
  convenience: Satisfaction;
  overall: Satisfaction;
  reaction: "like" | "dislike" | null;
  comment: string | null;
  editable: boolean;
}

export interface EvaluationInput {
  secret: string;
  scores: Record<string, number>;
  convenience: Satisfaction;
  overall: Satisfaction;
  reaction?: "like" | "dislike" | null;
  comment?: string;
}

export function useEvaluationForm() {
  return useQuery({
    queryKey: ["evaluation-form"],
    queryFn: () => get<EvaluationForm>("/api/evaluation-form"),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The evaluation already given, or null when there is none yet. */
export function useEvaluation(code: string, secret: string) {
  return useQuery({
    queryKey: ["evaluation", code],
    queryFn: async () => {
      try {
        return await post<Evaluation>(`/api/dossiers/${encodeURIComponent(code)}/evaluation/view`, {
          secret,
        });
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) return null;
        throw e;
      }
    },
    retry: false,
  });
}

export function useEvaluate(code: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: EvaluationInput) =>
      post<Evaluation>(`/api/dossiers/${encodeURIComponent(code)}/evaluation`, input),
    onSuccess: (e) => qc.setQueryData(["evaluation", code], e),
  });
}
