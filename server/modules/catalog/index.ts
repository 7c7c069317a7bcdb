// Public surface of the catalogue: procedures, their versions, the seven-parts and quota rules,
// e-form validation, exchange records and the demo data.
export { type ProcedureInput, parseContent, upsertProcedure } from "./actions/edit.ts";
export { upsertProcedureFromRecord } from "./actions/import.ts";
export {
  getProcedureVersion,
  listProcedures,
  procedureVersions,
  readProcedureVersion,
} from "./actions/read.ts";
export { DEMO_DEPARTMENTS, demoProcedures } from "./demo/index.ts";
export { procedureToRecord } from "./record.ts";
export { catalogRoutes } from "./routes.ts";
export { validateEForm } from "./rules/eform.ts";
export type { JsonSchema } from "./rules/eform-schema.ts";
export type { Procedure } from "./types.ts";
