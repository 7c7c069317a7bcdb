// Hand-over by pick-list (Decree 118/2025/NĐ-CP Art. 18: each step of the internal process is
// done by a named officer of the unit that holds it, and every hand-over records who gave and
// who received): which step an action hands the dossier to, who may take it, and the refusal of
// anyone else.
import { HANDING_ACTIONS } from "../../../shared/contracts/dossiers.ts";
import type { Sql } from "../../platform/db.ts";
import { AppError } from "../../platform/errors.ts";
import { type AgencyTree, holdersOf, isRole, ROLE_NAMES } from "../identity/index.ts";
import type { ProcedureInfo } from "./ports.ts";
import { APPROVER_ROLES, type Assignee } from "./steps.ts";
import type { Dossier } from "./types.ts";

/** The actions that open a step and so hand the dossier to someone. */
export { HANDING_ACTIONS };
export type HandingAction = (typeof HANDING_ACTIONS)[number];

type Step = ProcedureInfo["steps"][number];

/** The step a send-back returns to: the last handling step before `current`. */
export function reworkStep(proc: ProcedureInfo, current: number | null): number | null {
  for (let i = (current ?? proc.steps.length) - 1; i >= 0; i--) {
    const r = proc.steps[i].role;
    if (!APPROVER_ROLES.has(r) && r !== "reception") return i;
  }
  return null;
}

/** The step reception opens: the first after the reception step itself, if the process has one. */
export function firstHandlingStep(proc: ProcedureInfo): number | null {
  const first = proc.steps[0]?.role === "reception" ? 1 : 0;
  return proc.steps[first] ? first : null;
}

/** The index of the step `action` opens on this dossier, or null when it opens none. */
export function targetStep(proc: ProcedureInfo, d: Dossier, action: HandingAction): number | null {
  if (action === "send-back") return reworkStep(proc, d.currentStep);
  if (action === "receive") return firstHandlingStep(proc);
  const next = (d.currentStep ?? -1) + 1;
  // The return step belongs to reception once the result is issued, not to a hand-over.
  return proc.steps[next] && proc.steps[next].role !== "reception" ? next : null;
}

/** Where a dossier stands for its pick-lists: its competent agency and its receiving unit. */
export type Units = Pick<Dossier, "agencyCode" | "receivingUnit">;

/** The unit whose people take the step: reception at the receiving unit, else the step's agency. */
export function stepUnit(d: Units, step: Step): string {
  return step.role === "reception" ? d.receivingUnit : (step.agency ?? d.agencyCode);
}

export interface PickList {
  action: HandingAction | "reassign";
  step: { index: number; name: string; role: string; unit: string; unitName: string };
  /** The active users of the unit holding the step's role, by name. */
  people: { id: string; name: string }[];
}

/** Who may take step `index` (the one `action` opens, or the open one for a reassignment). */
export async function pickList(
  sql: Sql,
  tree: AgencyTree,
  d: Units,
  proc: ProcedureInfo,
  index: number,
  action: PickList["action"],
): Promise<PickList> {
  const step = proc.steps[index];
  const unit = stepUnit(d, step);
  const people = await holdersOf(sql, unit, step.role);
  return {
    action,
    step: {
      index,
      name: step.name,
      role: step.role,
      unit,
      unitName: tree.byCode.get(unit)?.name ?? unit,
    },
    people: people.map((p) => ({ id: p.id, name: p.fullName })),
  };
}

/**
 * The assignee of step `index` from the id the officer picked: the name comes from the
 * directory, never from the request; anyone outside the unit or without the role is refused.
 */
export async function resolveAssignee(
  sql: Sql,
  tree: AgencyTree,
  d: Units,
  proc: ProcedureInfo,
  index: number,
  picked: { id: string } | undefined,
): Promise<Assignee> {
  if (!picked) return { id: null, name: null };
  const step = proc.steps[index];
  const unit = stepUnit(d, step);
  const found = (await holdersOf(sql, unit, step.role)).find((p) => p.id === picked.id);
  if (found) return { id: found.id, name: found.fullName };
  throw notEligible(step, tree.byCode.get(unit)?.name ?? unit);
}

export function notEligible(step: Step, unitName: string): AppError {
  const role = isRole(step.role) ? ROLE_NAMES[step.role] : { vi: step.role, en: step.role };
  return new AppError(
    "dossiers.assignee_not_eligible",
    "unprocessable",
    {
      vi: `Không giao được bước "${step.name}" cho người này: bước này chỉ giao cho ${role.vi.toLowerCase()} của ${unitName}. Hãy chọn người trong danh sách.`,
      en: `The step "${step.name}" cannot be handed to this person: it goes only to a ${role.en.toLowerCase()} of ${unitName}. Pick someone from the list.`,
    },
    {
      issues: [
        {
          field: "assignee.id",
          vi: `không phải ${role.vi.toLowerCase()} của ${unitName}`,
          en: `not a ${role.en.toLowerCase()} of ${unitName}`,
        },
      ],
    },
  );
}
