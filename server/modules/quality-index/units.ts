// A unit of the index: an agency with everything below it in the organisation tree.
import { AppError } from "../../platform/errors.ts";
import type { AgencyTree } from "../identity/index.ts";
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

/** The current units of a level (merged or closed ones answer through their successor). */
export function unitsOfLevel(tree: AgencyTree, level: "department" | "commune"): Unit[] {
  return [...tree.byCode.values()]
    .filter((a) => a.level === level && !a.mergedInto && a.validTo === null)
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
