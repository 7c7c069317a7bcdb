// Who may read which unit's index: index.read on the unit (own subtree, or all). The province
// total is public: anyone, signed in or not, may read the index of the root province.
import type { Ctx } from "../../platform/http.ts";
import {
  type AgencyTree,
  actorOf,
  authorize,
  type IdentityDeps,
  requireUser,
  type Scope,
} from "../identity/index.ts";
import { resolveUnit, type Unit } from "./units.ts";

export async function readableUnit(
  c: Ctx,
  deps: IdentityDeps,
  code: string,
  opts: { publicProvince?: boolean } = {},
): Promise<{ tree: AgencyTree; unit: Unit }> {
  const tree = await deps.agencies.tree();
  const root = tree.byCode.get(code);
  if (opts.publicProvince && root?.level === "province" && root.parentCode === null)
    return { tree, unit: resolveUnit(tree, code) };
  const actor = requireUser(c);
  const unit = resolveUnit(tree, code);
  authorize(actor, "index.read", tree.subtreeOf, unit.code);
  return { tree, unit };
}

/** The scope of index.read for views over several units (ranking). */
export async function readScope(
  c: Ctx,
  deps: IdentityDeps,
): Promise<{ tree: AgencyTree; scope: Scope }> {
  const tree = await deps.agencies.tree();
  return { tree, scope: authorize(requireUser(c), "index.read", tree.subtreeOf) };
}

export { actorOf };
