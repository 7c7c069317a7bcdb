// Inspections of reform work: proposed targets, the year's plan, findings, the conclusion and its
// remediation items.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type * as contract from "../../../shared/contracts/reform.ts";
import { get, post, put, withQuery } from "./client.ts";

export type Inspection = z.infer<typeof contract.inspectionView>;
export type RemediationItem = Inspection["items"][number];
export type ItemState = RemediationItem["state"];
type Proposals = z.infer<typeof contract.proposalsView>;
export type Proposal = Proposals["proposals"][number];

export const useInspections = (year: number) =>
  useQuery({
    queryKey: ["reform", "inspections", year],
    queryFn: () =>
      get<z.infer<typeof contract.inspectionList>>(withQuery("/api/reform/inspections", { year })),
  });

export const useProposals = (year: number, enabled: boolean) =>
  useQuery({
    queryKey: ["reform", "proposals", year],
    queryFn: () => get<Proposals>(withQuery("/api/reform/inspections/proposals", { year })),
    enabled,
  });

type Step =
  | { step: "plan"; body: z.input<typeof contract.planBody> }
  | { step: "findings"; id: string; body: z.input<typeof contract.findingsBody> }
  | { step: "conclusion"; id: string; body: z.input<typeof contract.conclusionBody> };

export function useInspectionStep() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (s: Step) =>
      s.step === "plan"
        ? post<z.infer<typeof contract.createdId>>("/api/reform/inspections", s.body)
        : s.step === "findings"
          ? put<z.infer<typeof contract.findingsSaved>>(
              `/api/reform/inspections/${s.id}/findings`,
              s.body,
            )
          : post<z.infer<typeof contract.conclusionSaved>>(
              `/api/reform/inspections/${s.id}/conclusion`,
              s.body,
            ),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["reform"] }),
  });
}
