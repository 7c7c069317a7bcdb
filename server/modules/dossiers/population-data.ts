// Papers the national population database replaces. When the applicant's data came from a
// verified look-up of that database, the components the catalogue marks as replaced by it (the
// residence papers: Law on Residence 2020 Art. 38, Decree 104/2022/NĐ-CP) count as present
// without a file, recorded as taken from the database (Decree 118/2025/NĐ-CP: data already held
// by the State is reused, not asked for again). Without a look-up the paper is still required.
import type { ProcedureInfo } from "./ports.ts";
import { normalize } from "./schemas.ts";
import type { Component } from "./types.ts";

/** The components, with each one the population database replaces added when not handed in. */
export function withPopulationData(proc: ProcedureInfo, components: Component[]): Component[] {
  const have = new Set(components.map((c) => normalize(c.name)));
  const taken = proc.components
    .filter((c) => c.replacedByPopulationData && !have.has(normalize(c.name)))
    .map(
      (c): Component => ({
        name: c.name,
        required: c.required,
        digitized: 0,
        fromPersonalStore: false,
        files: [],
        fromPopulationData: true,
      }),
    );
  return [...components, ...taken];
}

/** A replaced component list keeps what the dossier took from the population database. */
export function keepPopulationData(before: Component[], after: Component[]): Component[] {
  const have = new Set(after.map((c) => normalize(c.name)));
  return [...after, ...before.filter((c) => c.fromPopulationData && !have.has(normalize(c.name)))];
}
