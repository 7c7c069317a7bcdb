// Public surface of the dossiers module: intake, the lifecycle, exchange records, routes.
export { ensureVisible } from "./access.ts";
export { dossiersOfApplicant } from "./by-applicant.ts";
export { builtinCalendarFor, calendarsFrom, workCalendar } from "./calendar-port.ts";
export { catalogProcedures, catalogVersions } from "./catalog-port.ts";
export { vnDate } from "./code.ts";
export { submissionConfirmation } from "./confirmation.ts";
export { documentForms } from "./documents-port.ts";
export { exportAll, exportPage } from "./export.ts";
export { extendAppointment } from "./extend.ts";
export { headPosition, isPeoplesCommittee, placeOf } from "./forms.ts";
export { type ImportProgress, importRecords } from "./import.ts";
export { createDossier, intakeBody } from "./intake.ts";
export { amountDue, recordOnlinePayment } from "./online-payment.ts";
export { recordPersonalStorePush } from "./personal-store-push.ts";
export { markSyncedToPortal, portalOutboxProjector } from "./portal-sync.ts";
export type {
  BatchFinish,
  ChangeFacts,
  DossierDeps,
  DossierProjector,
  FormService,
  ProcedureInfo,
  ProcedureLookup,
  ProjectedChange,
  WorkCalendar,
  WrittenEvent,
} from "./ports.ts";
export { recordPostalTracking } from "./postal-tracking.ts";
export { type ListQuery, listDossiers } from "./query.ts";
export { fromRecord, parseCode, toRecord, vnIso } from "./record.ts";
export { RESULT_FILE_MAX_BYTES } from "./result-file.ts";
export { dossierRoutes } from "./routes.ts";
export { DOSSIER_ACTIONS, RULES, STATE_NAMES } from "./rules.ts";
export { runAction } from "./run.ts";
export { lookupSecretBody } from "./schemas.ts";
export { findDossier, getDossier, listEvents, listSteps } from "./store.ts";
export { timeliness } from "./timeliness.ts";
export type { Dossier, DossierEventRow, Status, StepRow } from "./types.ts";
