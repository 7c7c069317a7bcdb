// Public surface of the catalogue: procedures, their versions, the seven-parts and quota rules,
// e-form validation, exchange records and the demo data.
export {
  createProcedure,
  type ProcedureInput,
  parseContent,
  updateProcedure,
  upsertProcedure,
} from "./actions/edit.ts";
export { upsertProcedureFromRecord } from "./actions/import.ts";
export {
  getProcedureVersion,
  listProcedures,
  type ProcedureFilter,
  type ProcedurePage,
  procedureVersions,
} from "./actions/read.ts";
export type { SaveChange } from "./actions/save.ts";
export { DEMO_DEPARTMENTS, type DemoAgencies, demoProcedures } from "./demo/index.ts";
export { procedureFromRecord, procedureToRecord } from "./record.ts";
export { type CatalogDeps, catalogRoutes } from "./routes.ts";
export { validateEForm } from "./rules/eform.ts";
export { checkEFormSchema, type JsonSchema } from "./rules/eform-schema.ts";
export { durationHours, HOURS_PER_WORKING_DAY, type QuotaFit, quotaFit } from "./rules/quota.ts";
export {
  SEVEN_PART_NAMES,
  SEVEN_PARTS,
  type SevenPart,
  sevenPartsMissing,
} from "./rules/seven-parts.ts";
export { searchKey } from "./search-key.ts";
export type {
  ApplicantType,
  Component,
  Duration,
  DurationUnit,
  Fee,
  FormTemplate,
  OnlineLevel,
  Procedure,
  ProcedureContent,
  ProcedureLevel,
  ProcedureMethod,
  ProcedureStep,
  VersionInfo,
} from "./types.ts";
