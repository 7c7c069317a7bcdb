// Which agency may handle a procedure: any centre receives any procedure of the province and
// routes the dossier to the competent agency (Decree 118/2025/NĐ-CP, one-stop mechanism).
import { badInput } from "../../platform/errors.ts";
import type { AgencyTree } from "../identity/index.ts";
import type { ProcedureInfo } from "./ports.ts";

/** `agency` when it exists and handles the procedure (itself or under one of its agencies). */
export function competentAgency(proc: ProcedureInfo, agency: string, tree: AgencyTree): string {
  if (!tree.byCode.has(agency))
    throw badInput(
      "dossiers.unknown_agency",
      "agency",
      `không có đơn vị ${agency}`,
      `no agency ${agency}`,
    );
  if (
    proc.agencies.length &&
    !proc.agencies.some((a) => a === agency || tree.subtreeOf(a).includes(agency))
  )
    throw badInput(
      "dossiers.not_competent",
      "agency",
      `đơn vị ${agency} không thực hiện thủ tục ${proc.code}`,
      `agency ${agency} does not handle procedure ${proc.code}`,
    );
  return agency;
}
