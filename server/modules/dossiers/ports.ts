// What the dossiers module needs from outside, as small interfaces passed in deps: the catalogue
// (procedure versions), the working-time calendar, projectors run inside each change's
// transaction (the quality index), and the form renderer/file store (documents).
import type { DossierRecord, Duration, Fee } from "../../../shared/sync-record.ts";
import type { Sql } from "../../platform/db.ts";
import type { FieldIssue } from "../../platform/errors.ts";
import type { FileStore, SignerFor } from "../documents/index.ts";
import type { IdentityDeps, WithCommands } from "../identity/index.ts";
import type { Dossier } from "./types.ts";

/** One version of a procedure, as the dossier needs it (the catalogue's version in force). */
export interface ProcedureInfo {
  code: string;
  version: number | null;
  name: string;
  /** Competent agencies (cơ quan thực hiện). */
  agencies: string[];
  level: string;
  duration: Duration;
  fees: Fee[];
  resultIsDocument: boolean;
  fullOnlineEligible: boolean;
  /** The clock pauses while requested fees or taxes are awaited (default: it runs). */
  pauseWhileFeesDue?: boolean;
  /** `replacedByPopulationData`: not asked for when the data came from the population database. */
  components: { name: string; required: boolean; replacedByPopulationData?: boolean }[];
  /** Internal process: ordered steps with a quota in working hours; `agency` for inter-agency. */
  steps: { name: string; role: string; hours: number; agency?: string }[];
  /** Validates the e-form data when the catalogue defines an e-form schema. */
  validateForm?: (data: Record<string, unknown>) => FieldIssue[];
}

/** The procedure in force at `at` (or the given version); null when unknown. */
export type ProcedureLookup = (
  sql: Sql,
  code: string,
  opts: { at?: Date; version?: number },
) => Promise<ProcedureInfo | null>;

/** Every version of a procedure and the instant it comes into force (empty when unknown). */
export type VersionsLookup = (
  sql: Sql,
  code: string,
) => Promise<{ version: number; validFrom: string }[]>;

/** Working-time arithmetic for one agency, over the calendar in force. */
export interface WorkCalendar {
  dueAt(start: Date, duration: number, unit: Duration["unit"]): Date;
  /** Working minutes from a to b. */
  workingMinutesBetween(a: Date, b: Date): number;
  /** The instant `minutes` of working time after `from`. */
  addWorkingMinutes(from: Date, minutes: number): Date;
}

export type CalendarFor = (sql: Sql, agencyCode: string) => Promise<WorkCalendar>;

/**
 * Runs inside the transaction of every change, after the projection row and the events are
 * written: the quality index keeps its rollups current with it. `before` is null on creation.
 */
export type DossierProjector = ((
  tx: Sql,
  before: DossierRecord | null,
  after: DossierRecord,
  change?: ChangeFacts,
) => Promise<void>) & {
  /**
   * The same for many changes at once (a batch of imported records, in its transaction): reads
   * and writes once per batch instead of once per dossier. Absent: called once per change.
   */
  batch?: (tx: Sql, changes: readonly ProjectedChange[]) => Promise<BatchFinish | undefined>;
};

/**
 * What a batch projector leaves for the end of the transaction: writes to rows every batch shares
 * (rollups), run after the batch's other writes so their locks are held only until the commit.
 */
export type BatchFinish = () => Promise<void>;

/** One change of a batch, as a batch projector sees it. */
export interface ProjectedChange {
  before: DossierRecord | null;
  after: DossierRecord;
  /** The stored projection row after the change. */
  dossier: Dossier;
  /** True when the dossier did not exist before this batch. */
  created: boolean;
  /** The events this change appended, with their numbers (absent in a batch). */
  events?: readonly WrittenEvent[];
}

export interface WrittenEvent {
  seq: number;
  type: string;
  data: Record<string, unknown> | undefined;
}

/** What the change already knows, so a projector need not read it back. */
export type ChangeFacts = Pick<ProjectedChange, "dossier" | "created" | "events">;

/** Renders a form (Circular 03/2025 Appendix I) and stores it; returns the stored file's sha256. */
export interface FormService {
  render(tx: Sql, no: FormNo, data: Record<string, unknown>): Promise<{ sha256: string } | null>;
  /** Renders without storing (forms rendered on demand from stored data: the receipt). */
  renderPdf(no: FormNo, data: Record<string, unknown>): Promise<Uint8Array>;
  /** The stored PDF, or null. */
  read(sha256: string): Promise<Uint8Array | null>;
}
/** The forms of Circular 03/2025/TT-VPCP the lifecycle issues, and the withdrawal record. */
export type FormNo = "01" | "02" | "03" | "05" | "06" | "withdrawal";

export interface DossierDeps extends IdentityDeps, WithCommands {
  procedures: ProcedureLookup;
  /** Each agency's working-time calendar (the calendar module's, plugged by the composition root). */
  calendarFor: CalendarFor;
  projectors?: DossierProjector[];
  forms?: FormService;
  /** The documents module's file store (signed result documents). */
  files: FileStore;
  /** The public address of the citizen pages (the receipt's look-up QR). */
  publicUrl?: () => string;
  /** Signs result documents (the configured signing port; it refuses when none is configured). */
  signerFor: SignerFor;
  /** True when a population-database look-up (its token) is real and of this person; the
   *  composition root plugs the citizen module's register of look-ups. */
  populationLookup: (
    tx: Sql,
    token: string,
    idNumber: string | undefined,
    now: Date,
  ) => Promise<boolean>;
}
