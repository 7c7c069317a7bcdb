// Inspections of reform work: proposed targets, the year's plan, findings, the conclusion and its
// remediation items.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { get, post, put, withQuery } from "./client.ts";

export type ItemState = "open" | "closed" | "overdue";

export interface RemediationItem {
  taskId: string;
  ref: string;
  text: string;
  owner: string;
  ownerName: string;
  deadline: string;
  state: ItemState;
  closedOn: string | null;
  closedLate: boolean;
  evidence: string[];
  lastReport: string | null;
}

export interface Inspection {
  id: string;
  year: number;
  kind: "periodic" | "unannounced";
  target: string;
  targetName: string;
  inspector: string;
  inspectorName: string;
  team: string[];
  scope: string;
  plannedOn: string;
  stage: "planned" | "carried_out" | "concluded";
  carriedOn: string | null;
  findings: { area: string; text: string }[];
  conclusion: string | null;
  conclusionNumber: string | null;
  items: RemediationItem[];
  counts: Record<ItemState, number>;
}

export interface Proposal {
  agency: string;
  name: string;
  level: string;
  reformIndex: number | null;
  reformIndexYear: number | null;
  onTimeRate: number | null;
  lateDossiers: number;
  complaints: number;
  reasons: string[];
}

export const useInspections = (year: number) =>
  useQuery({
    queryKey: ["reform", "inspections", year],
    queryFn: () =>
      get<{ inspections: Inspection[] }>(withQuery("/api/reform/inspections", { year })),
  });

export const useProposals = (year: number, enabled: boolean) =>
  useQuery({
    queryKey: ["reform", "proposals", year],
    queryFn: () =>
      get<{ basisYear: number; proposals: Proposal[] }>(
        withQuery("/api/reform/inspections/proposals", { year }),
      ),
    enabled,
  });

type Step =
  | { step: "plan"; body: unknown }
  | { step: "findings"; id: string; body: unknown }
  | { step: "conclusion"; id: string; body: unknown };

export function useInspectionStep() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (s: Step) =>
      s.step === "plan"
        ? post("/api/reform/inspections", s.body)
        : s.step === "findings"
          ? put(`/api/reform/inspections/${s.id}/findings`, s.body)
          : post(`/api/reform/inspections/${s.id}/conclusion`, s.body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["reform"] }),
  });
}
