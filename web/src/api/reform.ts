// Reform management: directives and the task monitor, progress reports, the reform index (criteria,
// the unit's cycle, the computation shown, the ranking).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { get, type Messages, post, put, upload, withQuery } from "./client.ts";

export type TaskStatus = "done" | "on_track" | "late" | "not_reported";

export interface Directive {
  id: string;
  number: string;
  kind: string;
  issuedOn: string;
  issuer: string;
  signer: string;
  subject: string;
  tasks: number;
}

export interface MonitorCell {
  agency: string;
  agencyName: string;
  status: TaskStatus;
  dueOn: string | null;
  lastReportOn: string | null;
  lastText: string | null;
}

export interface MonitorTask {
  id: string;
  directiveNumber: string;
  ref: string;
  text: string;
  cycle: string | null;
  deadline: string | null;
  counts: Record<TaskStatus, number>;
  units: MonitorCell[];
}

export const useDirectives = () =>
  useQuery({
    queryKey: ["reform", "directives"],
    queryFn: () => get<{ directives: Directive[] }>("/api/reform/directives"),
  });

export const useMonitor = (q: { directive?: string; agency?: string; status?: string }) =>
  useQuery({
    queryKey: ["reform", "monitor", q],
    queryFn: () =>
      get<{ today: string; tasks: MonitorTask[]; totals: Record<TaskStatus, number> }>(
        withQuery("/api/reform/monitor", q),
      ),
  });

export interface StoredEvidence {
  sha256: string;
  size: number;
  mediaType: string;
}

/** Uploads an evidence file to the content-checked store; the answer names it by hash. */
export const uploadEvidence = (file: File, onProgress?: (done: number) => void) =>
  upload<StoredEvidence>("/api/reform/files", file, onProgress);

export function useReport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (b: {
      taskId: string;
      agency: string;
      status: string;
      text: string;
      evidence: string[];
    }) =>
      post(`/api/reform/tasks/${b.taskId}/reports`, {
        agency: b.agency,
        status: b.status,
        text: b.text,
        evidence: b.evidence,
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["reform"] }),
  });
}

export interface Sub {
  code: string;
  name: string;
  max: number;
  scoring: { how: "evidence" | "survey" | "system"; measure?: string; bands?: unknown[] };
}
export interface Area {
  code: string;
  name: string;
  max: number;
  criteria: { code: string; name: string; subs: Sub[] }[];
}
export interface Deduction {
  rule: string;
  title: string;
  basis: string;
  points: number;
  vi: string;
  en: string;
}
export interface SubResult {
  code: string;
  area: string;
  max: number;
  points: number;
  source: string;
  figure?: { measure: string; numerator: number; denominator: number; value: number | null };
}
export interface Entered {
  self: number | null;
  selfNote: string | null;
  appraised: number | null;
  appraisalReason: string | null;
  response: string | null;
  final: number | null;
  finalReason: string | null;
}
export interface UnitIndex {
  year: number;
  agency: string;
  name: string;
  level: string;
  stage: string;
  rank: number;
  of: number;
  total: number;
  areas: Area[];
  measures: Record<string, Messages>;
  result: { areas: Record<string, number>; deductions: Deduction[]; subs: SubResult[] };
  entered: Record<string, Entered>;
}

export const useUnitIndex = (year: number, agency: string) =>
  useQuery({
    queryKey: ["reform", "index", year, agency],
    queryFn: () => get<UnitIndex>(`/api/reform/index/${year}/units/${encodeURIComponent(agency)}`),
    enabled: !!agency,
  });

export interface RankedUnit {
  code: string;
  name: string;
  level: string;
  total: number;
  rank: number;
  stage: string;
  deductions: Deduction[];
}

export const useIndexRanking = (year: number, level: string) =>
  useQuery({
    queryKey: ["reform", "ranking", year, level],
    queryFn: () =>
      get<{ year: number; computedAt: string | null; units: RankedUnit[] }>(
        withQuery(`/api/reform/index/${year}/ranking`, { level }),
      ),
  });

export type CycleStep = "self" | "appraisal" | "response" | "final";

export function useCycleStep(year: number, agency: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ step, body }: { step: CycleStep; body: unknown }) => {
      const unit = encodeURIComponent(agency);
      return step === "self"
        ? put(`/api/reform/index/${year}/units/${unit}/self`, body)
        : post(`/api/reform/index/${year}/units/${unit}/${step}`, body);
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: ["reform"] }),
  });
}

export function useRecompute(year: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => post<{ units: number; ms: number }>(`/api/reform/index/${year}/recompute`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["reform"] }),
  });
}

export interface ReportText {
  number: string;
  place: string;
  signer: { authority?: string; position: string; name: string };
  recipients: string[];
  sections: { results: string; shortcomings: string; plans: string; proposals: string };
}
export interface ReportDraft extends ReportText {
  agency: string;
  agencyName: string;
  period: string;
  periodLabel: string;
  saved: { at: string; by: string } | null;
  figures: {
    measure: string;
    name: Messages;
    numerator: number;
    denominator: number;
    value: number | null;
  }[];
  tasks: {
    taskId: string;
    directive: string;
    ref: string;
    text: string;
    status: TaskStatus;
    lastReportOn: string | null;
    lastReport: string | null;
  }[];
}

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
    mutationFn: (body: ReportText) => put(reportPath(agency, period), body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["reform", "report", agency, period] }),
  });
}

/** The control room's page per unit: every figure of the unit in one read. */
export interface UnitOverview {
  agency: string;
  name: string;
  level: string;
  year: number;
  today: string;
  reformIndex: {
    total: number;
    rank: number;
    of: number;
    stage: string;
    computedAt: string;
  } | null;
  serviceIndex: {
    from: string;
    to: string;
    total: number;
    max: number;
    band: Messages;
    noData: boolean;
  } | null;
  tasks: {
    counts: Record<TaskStatus, number>;
    rows: {
      taskId: string;
      directiveNumber: string;
      ref: string;
      text: string;
      status: TaskStatus;
      dueOn: string | null;
      lastReportOn: string | null;
    }[];
  };
  inspections: {
    id: string;
    year: number;
    kind: "periodic" | "unannounced";
    plannedOn: string;
    stage: "planned" | "carried_out" | "concluded";
    inspectorName: string;
    conclusionNumber: string | null;
    counts: Record<"open" | "closed" | "overdue", number>;
  }[];
  openItems: {
    taskId: string;
    inspectionId: string;
    conclusionNumber: string | null;
    ref: string;
    text: string;
    deadline: string;
    state: "open" | "overdue";
    lastReport: string | null;
  }[];
}

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
export interface CriteriaSet {
  year: number;
  title: string;
  areas: Area[];
  rules: unknown[];
  issuedAt: string;
  issuedBy: string;
  measures: Record<string, Messages>;
  frozen: boolean;
}

export const useCriteria = (year: number) =>
  useQuery({
    queryKey: ["reform", "criteria", year],
    queryFn: () => get<CriteriaSet>(`/api/reform/index/${year}/criteria`),
    retry: false,
  });

export const useCriteriaTemplate = () =>
  useQuery({
    queryKey: ["reform", "criteria-template"],
    queryFn: () =>
      get<{ areas: Area[]; rules: unknown[]; measures: Record<string, Messages> }>(
        "/api/reform/criteria-template",
      ),
  });

export function useIssueCriteria(year: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (b: { title: string; areas: Area[]; rules: unknown[] }) =>
      put<CriteriaSet>(`/api/reform/index/${year}/criteria`, b),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["reform", "criteria", year] }),
  });
}
