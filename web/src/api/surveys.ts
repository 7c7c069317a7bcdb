// Satisfaction surveys: Home Affairs creates, invites and reads results; the external indices of
// the year; the public answer page (the single-use token travels in request bodies only).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  answerBody,
  answerThanks,
  createdId,
  externalBody,
  externalIndicesView,
  invitationsView,
  openSurvey,
  surveyBody,
  surveyList,
  surveyResults,
} from "../../../shared/contracts/reform.ts";
import { get, post, put, withQuery } from "./client.ts";

type OpenSurvey = z.infer<typeof openSurvey>;
export type SurveyQuestion = OpenSurvey["questions"][number];
type Surveys = z.infer<typeof surveyList>;
export type SurveySummary = Surveys["surveys"][number];
export type SurveyResults = z.infer<typeof surveyResults>;
type ExternalIndices = z.infer<typeof externalIndicesView>;
export type ExternalIndex = ExternalIndices["indices"][number];

export const useSurveys = (year: number) =>
  useQuery({
    queryKey: ["reform", "surveys", year],
    queryFn: () => get<Surveys>(withQuery("/api/reform/surveys", { year })),
  });

export const useSurveyResults = (id: string | null) =>
  useQuery({
    queryKey: ["reform", "survey", id],
    queryFn: () => get<SurveyResults>(`/api/reform/surveys/${id}/results`),
    enabled: !!id,
  });

export function useCreateSurvey() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof surveyBody>) =>
      post<z.infer<typeof createdId>>("/api/reform/surveys", body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["reform", "surveys"] }),
  });
}

export function useInvite() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      post<z.infer<typeof invitationsView>>(`/api/reform/surveys/${id}/invitations`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["reform", "survey"] }),
  });
}

export const useExternal = (year: number) =>
  useQuery({
    queryKey: ["reform", "external", year],
    queryFn: () => get<ExternalIndices>(`/api/reform/external-indices/${year}`),
  });

export function useSaveExternal(year: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (indices: z.input<typeof externalBody>["indices"]) =>
      put<ExternalIndices>(`/api/reform/external-indices/${year}`, { indices }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["reform", "external", year] }),
  });
}

export const useOpenSurvey = (token: string) =>
  useQuery({
    queryKey: ["public", "survey", token],
    queryFn: () => post<OpenSurvey>("/api/public/surveys/open", { token }),
    enabled: token.length > 0,
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });

export function useAnswerSurvey() {
  return useMutation({
    mutationFn: (body: z.input<typeof answerBody>) =>
      post<z.infer<typeof answerThanks>>("/api/public/surveys/answer", body),
  });
}
