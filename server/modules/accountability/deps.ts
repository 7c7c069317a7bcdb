// What the accountability module needs: the identity deps, the documents' file store, and small
// ports the composition root may plug (calendar, procedure names, the feedback module's
// evaluation average). Signing and the dossiers module's extension are required: the late
// dossier's apology is never signed with a stand-in nor left without its new date.
import type { Sql } from "../../platform/db.ts";
import { type Calendar, loadCalendar } from "../calendar/index.ts";
import type { FileStore, SignerFor } from "../documents/index.ts";
import type { ProcedureLookup } from "../dossiers/index.ts";
import type { Actor, IdentityDeps, WithCommands } from "../identity/index.ts";
import { DEFAULT_THRESHOLDS, type Threshold } from "./thresholds.ts";

export type CalendarOf = (sql: Sql, agencyCode: string) => Promise<Calendar>;

/**
 * Records the new appointment date on the dossier once, as a dossier event, in the caller's
 * transaction (the dossiers module's extendAppointment, plugged by server/compose.ts).
 */
export type ExtendAppointment = (
  tx: Sql,
  actor: Actor,
  now: Date,
  code: string,
  ext: { originalDueAt: Date; newDueAt: Date; reason: string; form04Sha256: string },
) => Promise<void>;

/** Mean evaluation total (0–18) of the agencies in the period, when the feedback module gives it. */
export type EvaluationAverage = (
  sql: Sql,
  q: { agencies: string[]; from: string; to: string },
) => Promise<{ count: number; mean: number | null } | null>;

export interface AccountabilityOptions {
  /** Warning thresholds, least severe first (data; assumed defaults). */
  thresholds: Threshold[];
  /** Public look-ups per client address per minute (every attempt counts). */
  lookupPerMinute: number;
  /** Warning rows handled per batch of the sweep, and batches per sweep at most. */
  sweepBatch: number;
  sweepMaxBatches: number;
}

export const DEFAULT_OPTIONS: AccountabilityOptions = {
  thresholds: DEFAULT_THRESHOLDS,
  lookupPerMinute: 30,
  sweepBatch: 5000,
  sweepMaxBatches: 40,
};

export interface AccountabilityDeps extends IdentityDeps, WithCommands {
  /** The documents module's file store (Form 04 PDFs, drafts and signed). */
  files: FileStore;
  procedures?: ProcedureLookup;
  calendarFor?: CalendarOf;
  /** The agency's signer of Form 04 (the composition root's configured signing port). */
  signerFor: SignerFor;
  /** Records the signed apology's new date on the dossier (the dossiers module's). */
  extendAppointment: ExtendAppointment;
  evaluationAverage?: EvaluationAverage;
  accountability?: Partial<AccountabilityOptions>;
}

export const defaultCalendarOf: CalendarOf = (sql, agency) => loadCalendar(sql, { agency });

export function optionsOf(deps: { accountability?: Partial<AccountabilityOptions> }) {
  return { ...DEFAULT_OPTIONS, ...deps.accountability };
}

/** The procedure's name, or its code when no catalogue lookup is plugged in. */
export async function procedureName(
  deps: Pick<AccountabilityDeps, "procedures">,
  sql: Sql,
  code: string,
  version: number | null,
): Promise<string> {
  const p = deps.procedures
    ? await deps.procedures(sql, code, version != null ? { version } : {})
    : null;
  return p?.name ?? code;
}
