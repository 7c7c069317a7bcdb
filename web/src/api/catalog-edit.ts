// Editing the catalogue (catalog.manage): a new procedure, or a new version of one. The server
// checks the seven parts' shape and that the internal process fits the legal time (400 by field).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  contentSchema,
  procedureEdited,
  procedureView,
  updateBody,
} from "../../../shared/contracts/catalog.ts";
import type { DurationUnit } from "./catalog.ts";
import { post, put } from "./client.ts";

/** A version's content as the editor sends it. */
export type ProcedureContent = z.input<typeof contentSchema>;
/** A step of the internal process as the editor sends it. */
export type ProcedureStep = NonNullable<ProcedureContent["steps"]>[number];
/** Who does a step: one of the identity module's roles, as the contract says. */
export type StepRole = ProcedureStep["role"];
type SaveBody = z.input<typeof updateBody> & { code?: string };

export function useSaveProcedure(code: string | null) {
  const qc = useQueryClient();
  return useMutation({
    // A new version names the version it was edited from; a new procedure names its code.
    mutationFn: ({ code: newCode = "", expectedVersion, ...content }: SaveBody) =>
      code
        ? put<z.infer<typeof procedureEdited>>(`/api/procedures/${encodeURIComponent(code)}`, {
            ...content,
            expectedVersion,
          })
        : post<z.infer<typeof procedureView>>("/api/procedures", { ...content, code: newCode }),
    onSuccess: (p) => {
      qc.invalidateQueries({ queryKey: ["procedure", p.code] });
      qc.invalidateQueries({ queryKey: ["procedures"] });
    },
  });
}

/** Working hours per working day (the server's assumed default, catalog rules/quota.ts). */
export const HOURS_PER_WORKING_DAY = 8;

/** The legal time in working hours, by the server's rule (days and months are estimates). */
export function durationHours(d: { value: number; unit: DurationUnit }): {
  hours: number;
  approximate: boolean;
} {
  switch (d.unit) {
    case "working-hours":
      return { hours: d.value, approximate: false };
    case "working-days":
      return { hours: d.value * HOURS_PER_WORKING_DAY, approximate: false };
    case "same-day":
      return { hours: HOURS_PER_WORKING_DAY, approximate: false };
    case "days":
      return { hours: Math.floor((d.value * 5) / 7) * HOURS_PER_WORKING_DAY, approximate: true };
    case "months":
      return {
        hours: Math.floor((d.value * 30 * 5) / 7) * HOURS_PER_WORKING_DAY,
        approximate: true,
      };
  }
}
