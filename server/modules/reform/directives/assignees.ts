// From "all departments, all communes, named agencies" to the agencies a task is assigned to.
import type { AgencyTree } from "../../identity/index.ts";
import { unknownAgency } from "../errors.ts";
import type { Assignees } from "./schemas.ts";

/** The current units of the levels plus the named agencies, sorted; unknown codes are refused. */
export function resolveAssignees(tree: AgencyTree, a: Assignees, field: string): string[] {
  const out = new Set<string>();
  for (const agency of tree.byCode.values())
    if (
      (a.levels as string[]).includes(agency.level) &&
      !agency.mergedInto &&
      agency.validTo === null
    )
      out.add(agency.code);
  a.agencies.forEach((code, i) => {
    if (!tree.byCode.has(code)) throw unknownAgency(code, `${field}.agencies[${i}]`);
    out.add(tree.successorOf(code));
  });
  return [...out].sort();
}
