// Adapter to the catalogue: the procedure version a dossier is received under, with its e-form
// validator when the version has an e-form schema.
import {
  type Procedure,
  procedureVersions,
  readProcedureVersion,
  validateEForm,
} from "../catalog/index.ts";
import type { ProcedureInfo, ProcedureLookup, VersionsLookup } from "./ports.ts";

export function procedureInfo(p: Procedure): ProcedureInfo {
  const eForm = p.eForm;
  return {
    code: p.code,
    version: p.version,
    name: p.name,
    agencies: [...p.agencies],
    level: p.level,
    duration: { value: p.duration.value, unit: p.duration.unit },
    fees: p.fees.map((f) => ({ name: f.name, amount: f.amount })),
    resultIsDocument: p.resultIsDocument,
    fullOnlineEligible: p.fullOnlineEligible,
    ...(p.pauseWhileFeesDue ? { pauseWhileFeesDue: true } : {}),
    components: p.components.map((c) => ({
      name: c.name,
      required: c.required,
      ...(c.replacedByPopulationData ? { replacedByPopulationData: true } : {}),
    })),
    steps: p.steps.map((s) => ({
      name: s.name,
      role: s.role,
      hours: s.hours,
      ...(s.agency ? { agency: s.agency } : {}),
    })),
    ...(eForm
      ? { validateForm: (data: Record<string, unknown>) => validateEForm(eForm, data) }
      : {}),
  };
}

/**
 * The catalogue as the dossiers module reads it (pass as DossierDeps.procedures). The version is
 * the catalogue's shared read-only copy; procedureInfo copies what it keeps.
 */
export const catalogProcedures: ProcedureLookup = async (sql, code, opts) => {
  const p = await readProcedureVersion(sql, code, opts);
  return p ? procedureInfo(p) : null;
};

/** Every version of a procedure with the instant it comes into force (imports pick by date). */
export const catalogVersions: VersionsLookup = async (sql, code) =>
  (await procedureVersions(sql, code)).map((v) => ({ version: v.version, validFrom: v.validFrom }));
