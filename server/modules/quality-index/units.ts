// A unit of the index: an agency with everything below it in the organisation tree.
import { AppError } from "../../platform/errors.ts";
import type { Agency, AgencyTree } from "../identity/index.ts";
import type { UnitLevel } from "./score.ts";

export interface Unit {
  code: string;
  name: string;
  level: UnitLevel;
  /** The agency and every agency below it (units merged into it included). */
  agencies: string[];
}

export function resolveUnit(tree: AgencyTree, code: string): Unit {
  const a = tree.byCode.get(code);
  if (!a)
    throw new AppError(
      "quality_index.unknown_unit",
      "not_found",
      { vi: `unit: không có đơn vị mã "${code}"`, en: `unit: no agency "${code}"` },
      {
        issues: [{ field: "unit", vi: `không có đơn vị mã "${code}"`, en: `no agency "${code}"` }],
      },
    );
  return { code: a.code, name: a.name, level: a.level, agencies: tree.subtreeOf(a.code) };
}

/**
 * The current units of a ranking group (merged or closed ones answer through their successor).
 * Departments rank with the central branches placed directly under the province (police, tax,
 * social insurance: the "ngành" of "sở, ban, ngành"), each with its local units below it — a
 * commune police unit counts in the provincial police, never among the communes' People's
 * Committees (assumed: Decision 766 names no separate group for them).
 */
export function unitsOfLevel(tree: AgencyTree, level: "department" | "commune"): Unit[] {
  const branch = (a: Agency) =>
    a.level === "vertical" &&
    a.parentCode !== null &&
    tree.byCode.get(a.parentCode)?.level === "province";
  return [...tree.byCode.values()]
    .filter(
      (a) =>
        (a.level === level || (level === "department" && branch(a))) &&
        !a.mergedInto &&
        a.validTo === null,
    )
    .sort((x, y) => x.code.localeCompare(y.code))
    .map((a) => resolveUnit(tree, a.code));
}

/** The top unit (the province): the root the others hang under. */
export function rootUnit(tree: AgencyTree): Unit | null {
  const root = [...tree.byCode.values()].find(
    (a) => a.parentCode === null && a.level === "province",
  );
  return root ? resolveUnit(tree, root.code) : null;
}
