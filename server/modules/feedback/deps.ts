// What the feedback routes need: the identity deps plus two ports (dossier facts, calendar) and
// options. app.ts passes the identity deps; the ports default to the adapters of this module.
import type { Sql } from "../../platform/db.ts";
import type { Calendar } from "../calendar/index.ts";
import type { IdentityDeps, WithCommands } from "../identity/index.ts";
import { COMPLAINT_LIMITS, type ComplaintLimits } from "./complaints/limits.ts";
import { DEFAULT_EDIT_WINDOW, type EditWindow } from "./evaluations/window.ts";

/** An officer who took part in a dossier, and the agency they acted for. */
export interface Officer {
  id: string;
  name: string;
  agencyCode: string;
}

/** What feedback needs to know about a dossier. */
export interface DossierFacts {
  code: string;
  agencyCode: string;
  receivingUnit: string;
  /** National status code; 10 = result returned. */
  status: number;
  /** The public look-up secret printed on the receipt. */
  secret: string;
  /** The applicant's user account when the dossier was submitted online by a signed-in user. */
  applicantUserId: string | null;
  officers: Officer[];
}

export type DossierLookup = (sql: Sql, code: string) => Promise<DossierFacts | null>;
/**
 * The working-time calendar of an agency (null: the province default), read through `sql` (often
 * the action's transaction: an implementation must not use another connection).
 */
export type CalendarFor = (sql: Sql, agencyCode: string | null) => Promise<Calendar>;

export interface FeedbackOptions {
  editWindow: EditWindow;
  limits: ComplaintLimits;
  /** Public complaint submissions per client address and window. */
  submitLimit: { count: number; windowMs: number };
  /** Public look-ups / secret checks per client address per minute. */
  lookupPerMinute: number;
}

export const DEFAULT_FEEDBACK_OPTIONS: FeedbackOptions = {
  editWindow: DEFAULT_EDIT_WINDOW,
  limits: COMPLAINT_LIMITS,
  submitLimit: { count: 5, windowMs: 10 * 60_000 },
  lookupPerMinute: 30,
};

export interface FeedbackDeps extends IdentityDeps, WithCommands {
  dossiers?: DossierLookup;
  calendarFor?: CalendarFor;
  feedback?: Partial<FeedbackOptions>;
}

/** The deps with every default filled in, as the actions use them. */
export interface FeedbackContext extends IdentityDeps, WithCommands {
  dossiers: DossierLookup;
  calendarFor: CalendarFor;
  options: FeedbackOptions;
}
