// Satisfaction surveys: Home Affairs creates, invites and reads results; the external indices of
// the year; the public answer page (the single-use token travels in request bodies only).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { get, post, put, withQuery } from "./client.ts";

export interface SurveyQuestion {
  id: string;
  text: { vi: string; en: string };
  scale: {
    min: number;
    max: number;
    satisfiedFrom: number;
    labels: { vi: string[]; en: string[] };
  };
}

export interface SurveySummary {
  id: string;
  year: number;
  title: string;
  periodFrom: string;
  periodTo: string;
  units: string[];
  closesOn: string;
}

export interface SurveyResults extends Omit<SurveySummary, "units"> {
  questions: SurveyQuestion[];
  units: {
    unit: string;
    invited: number;
    answered: number;
    responseRate: number | null;
    satisfiedShare: number | null;
    questions: {
      id: string;
      answers: number;
      mean: number | null;
      satisfiedShare: number | null;
    }[];
  }[];
}

export interface ExternalIndex {
  index: "PAR_INDEX" | "SIPAS" | "PAPI" | "DTI";
  score: number;
  maxScore: number | null;
  rank: number | null;
  ofCount: number | null;
  source: string;
}

export const useSurveys = (year: number) =>
  useQuery({
    queryKey: ["reform", "surveys", year],
    queryFn: () => get<{ surveys: SurveySummary[] }>(withQuery("/api/reform/surveys", { year })),
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
    mutationFn: (body: unknown) => post<{ id: string }>("/api/reform/surveys", body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["reform", "surveys"] }),
  });
}

export function useInvite() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      post<{ invited: Record<string, number> }>(`/api/reform/surveys/${id}/invitations`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["reform", "survey"] }),
  });
}

export const useExternal = (year: number) =>
  useQuery({
    queryKey: ["reform", "external", year],
    queryFn: () =>
      get<{ year: number; indices: ExternalIndex[] }>(`/api/reform/external-indices/${year}`),
  });

export function useSaveExternal(year: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (indices: Partial<ExternalIndex>[]) =>
      put(`/api/reform/external-indices/${year}`, { indices }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["reform", "external", year] }),
  });
}

export const useOpenSurvey = (token: string) =>
  useQuery({
    queryKey: ["public", "survey", token],
    queryFn: () =>
      post<{ title: string; unit: string; closesOn: string; questions: SurveyQuestion[] }>(
        "/api/public/surveys/open",
        { token },
      ),
    enabled: token.length > 0,
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });

export function useAnswerSurvey() {
  return useMutation({
    mutationFn: (body: { token: string; answers: Record<string, number>; comment?: string }) =>
      post<{ thanks: true }>("/api/public/surveys/answer", body),
  });
}
