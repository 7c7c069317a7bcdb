// Public surface of the dossiers module: intake, the lifecycle, exchange records, routes.
export { ensureVisible } from "./access.ts";
export { dossiersOfApplicant } from "./by-applicant.ts";
export { builtinCalendarFor, calendarsFrom, workCalendar } from "./calendar-port.ts";
export { catalogProcedures, catalogVersions, procedureInfo } from "./catalog-port.ts";
export { MAX_SEQ, nextCode, vnDate } from "./code.ts";
export { type SubmissionConfirmation, submissionConfirmation } from "./confirmation.ts";
export { documentForms } from "./documents-port.ts";
export { changedSince, exportAll, exportPage } from "./export.ts";
export { type Extension, extendAppointment } from "./extend.ts";
export {
  type FormContext,
  formData01,
  formData02,
  formData03,
  formData05,
  formData06,
  isPeoplesCommittee,
  placeOf,
} from "./forms.ts";
export {
  type ImportDeps,
  type ImportOptions,
  type ImportProgress,
  type ImportReport,
  importRecords,
  type RejectedLine,
} from "./import.ts";
export { createDossier, type IntakeInput, type IntakeOptions, intakeBody } from "./intake.ts";
export { amountDue, type OnlinePayment, recordOnlinePayment } from "./online-payment.ts";
export { recordPersonalStorePush } from "./personal-store-push.ts";
export {
  type InboundResult,
  type PortalDossier,
  portalDossierBody,
  portalFiles,
  receiveFromPortal,
} from "./portal-intake.ts";
export { markSyncedToPortal, PORTAL_SYNCED, portalOutboxProjector } from "./portal-sync.ts";
export type {
  BatchFinish,
  CalendarFor,
  ChangeFacts,
  DossierDeps,
  DossierProjector,
  FormNo,
  FormService,
  ProcedureInfo,
  ProcedureLookup,
  ProjectedChange,
  VersionsLookup,
  WorkCalendar,
} from "./ports.ts";
export { type ListQuery, listDossiers, type QueueItem } from "./query.ts";
export { fromRecord, parseCode, toRecord, vnIso } from "./record.ts";
export { RESULT_FILE_MAX_BYTES } from "./result-file.ts";
export { dossierRoutes } from "./routes.ts";
export {
  allowedActions,
  DOSSIER_ACTIONS,
  type DossierAction,
  RULES,
  STATE_NAMES,
  STATE_STATUS,
} from "./rules.ts";
export { runAction } from "./run.ts";
export { findDossier, getDossier, listEvents, listSteps } from "./store.ts";
export { type TimelinessInput, timeliness } from "./timeliness.ts";
export type { Dossier, DossierEventRow, State, Status, StepRow } from "./types.ts";
