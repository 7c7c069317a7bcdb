// Reform management: directives and the task monitor, progress reports, the reform index (criteria,
// the unit's cycle, the computation shown, the ranking).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  appraiseBody,
  criteriaBody,
  criteriaSetView,
  criteriaTemplate,
  criteriaView,
  directiveList,
  evidenceStored,
  indexRankingView,
  MEASURES,
  monitorQuery,
  monitorView,
  periodicReportView,
  recomputeView,
  reportBody,
  reportCreated,
  reportSaved,
  reportText,
  respondBody,
  selfBody,
  stageView,
  TASK_STATUSES,
  unitIndexView,
  unitOverview,
} from "../../../shared/contracts/reform.ts";
import { get, post, put, upload, withQuery } from "./client.ts";

export type TaskStatus = (typeof TASK_STATUSES)[number];
export type Directive = z.infer<typeof directiveList>["directives"][number];
type Monitor = z.infer<typeof monitorView>;
export type MonitorTask = Monitor["tasks"][number];
export type MonitorCell = MonitorTask["units"][number];

export const useDirectives = () =>
  useQuery({
    queryKey: ["reform", "directives"],
    queryFn: () => get<z.infer<typeof directiveList>>("/api/reform/directives"),
  });

export const useMonitor = (q: z.input<typeof monitorQuery>) =>
  useQuery({
    queryKey: ["reform", "monitor", q],
    queryFn: () => get<Monitor>(withQuery("/api/reform/monitor", q)),
  });

export type StoredEvidence = z.infer<typeof evidenceStored>;

/** Uploads an evidence file to the content-checked store; the answer names it by hash. */
export const uploadEvidence = (file: File, onProgress?: (done: number) => void) =>
  upload<StoredEvidence>("/api/reform/files", file, onProgress);

export function useReport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (b: { taskId: string } & z.input<typeof reportBody>) =>
      post<z.infer<typeof reportCreated>>(`/api/reform/tasks/${b.taskId}/reports`, {
        agency: b.agency,
        status: b.status,
        text: b.text,
        evidence: b.evidence,
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["reform"] }),
  });
}

export type UnitIndex = z.infer<typeof unitIndexView>;
export type Area = UnitIndex["areas"][number];
export type Sub = Area["criteria"][number]["subs"][number];
export type Deduction = UnitIndex["result"]["deductions"][number];
export type SubResult = UnitIndex["result"]["subs"][number];
export type Entered = UnitIndex["entered"][string];

export const useUnitIndex = (year: number, agency: string) =>
  useQuery({
    queryKey: ["reform", "index", year, agency],
    queryFn: () => get<UnitIndex>(`/api/reform/index/${year}/units/${encodeURIComponent(agency)}`),
    enabled: !!agency,
  });

type IndexRanking = z.infer<typeof indexRankingView>;
export type RankedUnit = IndexRanking["units"][number];

export const useIndexRanking = (year: number, level: string) =>
  useQuery({
    queryKey: ["reform", "ranking", year, level],
    queryFn: () => get<IndexRanking>(withQuery(`/api/reform/index/${year}/ranking`, { level })),
  });

export type CycleStep = "self" | "appraisal" | "response" | "final";
/** One step of a unit's yearly cycle (self: selfBody; appraisal, final: appraiseBody; response). */
export type CycleInput =
  | { step: "self"; body: z.input<typeof selfBody> }
  | { step: "appraisal" | "final"; body: z.input<typeof appraiseBody> }
  | { step: "response"; body: z.input<typeof respondBody> };
export type Measure = (typeof MEASURES)[number];
export type ReportStatus = z.input<typeof reportBody>["status"];

export function useCycleStep(year: number, agency: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CycleInput) => {
      const unit = encodeURIComponent(agency);
      type Answer = z.infer<typeof stageView>;
      return input.step === "self"
        ? put<Answer>(`/api/reform/index/${year}/units/${unit}/self`, input.body)
        : post<Answer>(`/api/reform/index/${year}/units/${unit}/${input.step}`, input.body);
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: ["reform"] }),
  });
}

export function useRecompute(year: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => post<z.infer<typeof recomputeView>>(`/api/reform/index/${year}/recompute`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["reform"] }),
  });
}

export type ReportText = z.input<typeof reportText>;
export type ReportDraft = z.infer<typeof periodicReportView>;

export const reportPath = (agency: string, period: string) =>
  `/api/reform/reports/${encodeURIComponent(agency)}/${encodeURIComponent(period)}`;

export const useReportDraft = (agency: string, period: string) =>
  useQuery({
    queryKey: ["reform", "report", agency, period],
    queryFn: () => get<ReportDraft>(reportPath(agency, period)),
    enabled: !!agency && !!period,
  });

export function useSaveReport(agency: string, period: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ReportText) =>
      put<z.infer<typeof reportSaved>>(reportPath(agency, period), body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["reform", "report", agency, period] }),
  });
}

/** The control room's page per unit: every figure of the unit in one read. */
export type UnitOverview = z.infer<typeof unitOverview>;

export const useUnitOverview = (agency: string, year: number) =>
  useQuery({
    queryKey: ["reform", "overview", agency, year],
    queryFn: () =>
      get<UnitOverview>(
        withQuery(`/api/reform/units/${encodeURIComponent(agency)}/overview`, { year }),
      ),
  });

/** The control room's page of a unit for a year. */
export const unitOverviewPath = (agency: string, year: number) =>
  `/chi-so/don-vi/${encodeURIComponent(agency)}?nam=${year}`;

/** A year's criteria as issued, with whether they are frozen (self-assessment begun). */
export type CriteriaSet = z.infer<typeof criteriaView>;

export const useCriteria = (year: number) =>
  useQuery({
    queryKey: ["reform", "criteria", year],
    queryFn: () => get<CriteriaSet>(`/api/reform/index/${year}/criteria`),
    retry: false,
  });

export const useCriteriaTemplate = () =>
  useQuery({
    queryKey: ["reform", "criteria-template"],
    queryFn: () => get<z.infer<typeof criteriaTemplate>>("/api/reform/criteria-template"),
  });

export function useIssueCriteria(year: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (b: z.input<typeof criteriaBody>) =>
      put<z.infer<typeof criteriaSetView>>(`/api/reform/index/${year}/criteria`, b),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["reform", "criteria", year] }),
  });
}
