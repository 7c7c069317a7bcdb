// Citizen evaluation of a handled dossier (9 criteria scored 2/1/0, satisfaction, like/dislike).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type * as contract from "../../../shared/contracts/feedback.ts";
import { ApiError, get, post } from "./client.ts";

export type Satisfaction = (typeof contract.SATISFACTION)[number];
export type EvaluationForm = z.infer<typeof contract.evaluationForm>;
export type Evaluation = z.infer<typeof contract.evaluationView>;
export type EvaluationInput = z.input<typeof contract.evaluationBody>;

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
