import type { Sql } from "../../platform/db.ts";
import { type Calendar, loadCalendar } from "../calendar/index.ts";
import {
  type CalendarFor,
  DEFAULT_FEEDBACK_OPTIONS,
  type FeedbackContext,
  type FeedbackDeps,
} from "./deps.ts";
import { dossierFacts } from "./dossier-adapter.ts";

/**
 * Calendars per agency, kept for a few seconds and loaded through the handle the action passes
 * (its transaction): on PGlite (one connection) a read on another handle inside a transaction
 * would wait for that transaction forever.
 */
export function calendarsThrough(ttlMs = 5_000): CalendarFor {
  const kept = new Map<string, { cal: Calendar; at: number }>();
  return async (sql: Sql, agency: string | null) => {
    const hit = kept.get(agency ?? "");
    if (hit && Date.now() - hit.at < ttlMs) return hit.cal;
    const cal = await loadCalendar(sql, { agency });
    kept.set(agency ?? "", { cal, at: Date.now() });
    return cal;
  };
}

/** Fills the defaults: dossier facts from the dossiers module, calendars from the database. */
export function feedbackContext(deps: FeedbackDeps): FeedbackContext {
  return {
    ...deps,
    dossiers: deps.dossiers ?? dossierFacts,
    calendarFor: deps.calendarFor ?? calendarsThrough(),
    options: { ...DEFAULT_FEEDBACK_OPTIONS, ...deps.feedback },
  };
}
