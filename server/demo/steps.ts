// Each module's contribution to the demo province, in dependency order.

import type { ComposeOptions } from "../compose.ts";
import {
  DEMO_DEPARTMENTS as CATALOG_ORDER,
  demoProcedures,
  upsertProcedure,
} from "../modules/catalog/index.ts";
import { SYSTEM_ACTOR } from "../modules/identity/index.ts";
import { dossiersStep } from "./dossiers.ts";
import type { DemoCodes, DemoStep } from "./index.ts";
import { DEMO_DEPARTMENTS, DEMO_PROVINCE } from "./places.ts";
import { reformStep } from "./reform.ts";

/** Department codes in the order the catalogue's demo assigns its procedures ("Công an tỉnh" is
 * "Công an tỉnh Đồng Tháp" here: a name may carry the province's after the catalogue's). */
function departmentsByName(): string[] {
  const codeOf = (name: string) =>
    DEMO_DEPARTMENTS.find(([, n]) => n === name || n.startsWith(`${name} `))?.[0];
  return CATALOG_ORDER.map(codeOf)
    .filter((s): s is string => s !== undefined)
    .map((s) => `${DEMO_PROVINCE.code}.${s}`);
}

const list = (codes: DemoCodes) => demoProcedures({ ...codes, departments: departmentsByName() });

/**
 * The demo catalogue is recorded as in force since its legal basis took effect (1 July 2025), or
 * five months back when the clock is earlier, so the demo dossiers' history finds its versions.
 */
export function catalogueSince(now: Date): Date {
  const basis = Date.parse("2025-07-01T00:00:00+07:00");
  return new Date(Math.min(basis, now.getTime() - 150 * 86_400_000));
}

const procedures: DemoStep = {
  name: "procedures",
  async run(db, clock, codes, progress) {
    const all = list(codes);
    const since = catalogueSince(clock.now());
    let i = 0;
    for (const p of all) {
      await db.transaction((tx) => upsertProcedure(tx, p, SYSTEM_ACTOR, since, "demo"));
      progress("procedures", ++i, all.length);
    }
  },
};

/**
 * The steps in order. `opts.filesDir` is the file store the server reads (default: the data
 * folder of the environment's configuration), where the demo dossiers' forms are stored.
 */
export function demoSteps(opts: ComposeOptions = {}): DemoStep[] {
  return [
    procedures,
    dossiersStep((codes) => list(codes).map((p) => p.code), opts),
    reformStep(catalogueSince),
  ];
}
