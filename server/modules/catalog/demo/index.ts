// About 35 real procedures for the demo province, assembled over its agency tree.
import type { ProcedureInput } from "../actions/edit.ts";
import { buildDemo, type DemoAgencies } from "./build.ts";
import { CIVIL } from "./civil.ts";
import { ECONOMY } from "./economy.ts";
import { LAND_AND_CONSTRUCTION } from "./land.ts";
import { RESIDENCE } from "./residence.ts";
import { SOCIAL } from "./social.ts";

export { DEMO_DEPARTMENTS, type DemoAgencies } from "./build.ts";

/**
 * Demo procedures over the given agencies: commune procedures go to every commune; department
 * procedures to departments[slot % n] in DEMO_DEPARTMENTS order (the province when there is none).
 * Pass each to upsertProcedure(tx, input, actor, at).
 */
export function demoProcedures(agencyCodes: DemoAgencies): ProcedureInput[] {
  return [...CIVIL, ...RESIDENCE, ...ECONOMY, ...LAND_AND_CONSTRUCTION, ...SOCIAL].map((s) =>
    buildDemo(s, agencyCodes),
  );
}
