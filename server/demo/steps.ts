// Each module's contribution to the demo province, in dependency order.
import {
  DEMO_DEPARTMENTS as CATALOG_ORDER,
  demoProcedures,
  upsertProcedure,
} from "../modules/catalog/index.ts";
import { SYSTEM_ACTOR } from "../modules/identity/index.ts";
import type { DemoStep } from "./index.ts";
import { DEMO_DEPARTMENTS, DEMO_PROVINCE } from "./places.ts";

/** Department codes in the order the catalogue's demo assigns its procedures. */
function departmentsByName(): string[] {
  const code = new Map(DEMO_DEPARTMENTS.map(([s, name]) => [name, `${DEMO_PROVINCE.code}.${s}`]));
  return CATALOG_ORDER.map((name) => code.get(name)).filter((c): c is string => c !== undefined);
}

const procedures: DemoStep = {
  name: "procedures",
  async run(db, clock, codes, progress) {
    const list = demoProcedures({ ...codes, departments: departmentsByName() });
    let i = 0;
    for (const p of list) {
      await db.transaction((tx) => upsertProcedure(tx, p, SYSTEM_ACTOR, clock.now(), "demo"));
      progress("procedures", ++i, list.length);
    }
  },
};

export function demoSteps(): DemoStep[] {
  return [procedures];
}
