// Reception on the spot at the counter hands the first handling step to a named person of the
// unit that holds it (Decree 118/2025/NĐ-CP Art. 18: each step is done by a named officer and
// every hand-over records who gave and who received), picked from the same list as any other
// hand-over (assignment.ts). Our choice, where the decree is silent on how the person is named:
// with several holders of the step's role the counter must pick one; with exactly one the pick is
// optional (the counter page preselects that person; left out, the step goes to the unit's queue
// for the role, i.e. to that one person, and warnings address the role, as for any hand-over
// without a pick); with none yet, the step waits unassigned for the unit's leader to assign (the
// counter page warns).
import type { Sql } from "../../platform/db.ts";
import { AppError } from "../../platform/errors.ts";
import { type AgencyTree, holdersOf } from "../identity/index.ts";
import { firstHandlingStep, stepUnit, type Units } from "./assignment.ts";
import type { ProcedureInfo } from "./ports.ts";

export async function intakeAssignee(
  sql: Sql,
  tree: AgencyTree,
  units: Units,
  proc: ProcedureInfo,
  picked: { id: string } | undefined,
): Promise<{ id: string } | undefined> {
  // Returns the pick to pass on to the reception, or throws when one is needed and missing.
  const index = firstHandlingStep(proc);
  // A picked person is checked against the list by the reception itself (resolveAssignee).
  if (picked || index === null) return picked;
  const step = proc.steps[index];
  const unit = stepUnit(units, step);
  const people = await holdersOf(sql, unit, step.role);
  if (people.length < 2) return undefined;
  const unitName = tree.byCode.get(unit)?.name ?? unit;
  throw new AppError(
    "dossiers.assignee_required",
    "unprocessable",
    {
      vi: `Cần chọn người nhận bước "${step.name}" trong danh sách của ${unitName} khi tiếp nhận hồ sơ.`,
      en: `Pick who takes the step "${step.name}" from the list of ${unitName} when receiving the dossier.`,
    },
    {
      issues: [
        {
          field: "decision.assignee.id",
          vi: `chọn một người của ${unitName}`,
          en: `pick a person of ${unitName}`,
        },
      ],
    },
  );
}
