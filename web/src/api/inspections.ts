// Inspections of reform work: proposed targets, the year's plan, findings, the conclusion and its
// remediation items.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  conclusionBody,
  conclusionSaved,
  createdId,
  findingsBody,
  findingsSaved,
  inspectionList,
  inspectionView,
  planBody,
  proposalsView,
} from "../../../shared/contracts/reform.ts";
import { get, post, put, withQuery } from "./client.ts";

export type Inspection = z.infer<typeof inspectionView>;
export type RemediationItem = Inspection["items"][number];
export type ItemState = RemediationItem["state"];
type Proposals = z.infer<typeof proposalsView>;
export type Proposal = Proposals["proposals"][number];

export const useInspections = (year: number) =>
  useQuery({
    queryKey: ["reform", "inspections", year],
    queryFn: () =>
      get<z.infer<typeof inspectionList>>(withQuery("/api/reform/inspections", { year })),
  });

export const useProposals = (year: number, enabled: boolean) =>
  useQuery({
    queryKey: ["reform", "proposals", year],
    queryFn: () => get<Proposals>(withQuery("/api/reform/inspections/proposals", { year })),
    enabled,
  });

type Step =
  | { step: "plan"; body: z.input<typeof planBody> }
  | { step: "findings"; id: string; body: z.input<typeof findingsBody> }
  | { step: "conclusion"; id: string; body: z.input<typeof conclusionBody> };

export function useInspectionStep() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (s: Step) =>
      s.step === "plan"
        ? post<z.infer<typeof createdId>>("/api/reform/inspections", s.body)
        : s.step === "findings"
          ? put<z.infer<typeof findingsSaved>>(`/api/reform/inspections/${s.id}/findings`, s.body)
          : post<z.infer<typeof conclusionSaved>>(
              `/api/reform/inspections/${s.id}/conclusion`,
              s.body,
            ),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["reform"] }),
  });
}
