// The late-dossier watch for a batch of changes (an import's batch, in its transaction): the facts
// of every dossier and the warning moments of the dossiers the batch created are written by COPY
// (a new dossier has no step, extension or moment yet); a changed dossier goes the usual way.
import { CopyRows, copyInto } from "../../platform/copy.ts";
import type { Sql } from "../../platform/db.ts";
import type { Calendar } from "../calendar/index.ts";
import type { ProjectedChange } from "../dossiers/index.ts";
import { type CalendarOf, defaultCalendarOf } from "./deps.ts";
import { endOf } from "./facts.ts";
import type { Threshold } from "./thresholds.ts";
import { warningsOf } from "./watch.ts";

const FACTS = [
  "dossier_id",
  "code",
  "agency_code",
  "receiving_unit",
  "procedure_code",
  "received_at",
  "due_at",
  "end_at",
  "status",
  "supplement_requests",
  "version",
];
const WARNINGS = [
  "dossier_id",
  "dossier_code",
  "target",
  "threshold",
  "severity",
  "warn_at",
  "due_at",
  "step_name",
  "officer_id",
  "officer_role",
  "officer_agency",
  "leader_agency",
];

/** `changed`: the usual projection of one dossier that existed before the batch. */
export async function watchBatch(
  tx: Sql,
  changes: readonly ProjectedChange[],
  w: { calendarFor?: CalendarOf; thresholds: Threshold[] },
  changed: (tx: Sql, c: ProjectedChange) => Promise<void>,
): Promise<undefined> {
  const facts = new CopyRows("acc_dossiers", FACTS);
  const warnings = new CopyRows("late_warnings", WARNINGS);
  const calendars = new Map<string, Calendar>();
  const calendarOf = w.calendarFor ?? defaultCalendarOf;
  for (const c of changes) {
    const d = c.dossier;
    if (!c.created) {
      await changed(tx, c);
      continue;
    }
    facts.add([
      d.id,
      d.code,
      d.agencyCode,
      d.receivingUnit,
      d.procedureCode,
      d.receivedAt,
      d.dueAt,
      endOf(c.after),
      d.status,
      d.supplementRequests,
      d.version,
    ]);
    let cal = calendars.get(d.agencyCode);
    if (!cal) {
      cal = await calendarOf(tx, d.agencyCode);
      calendars.set(d.agencyCode, cal);
    }
    for (const r of warningsOf(d, [], null, w.thresholds, cal))
      warnings.add([
        d.id,
        d.code,
        r.target,
        r.threshold,
        r.severity,
        r.warnAt,
        r.dueAt,
        r.stepName,
        r.officerId,
        r.officerRole,
        r.officerAgency,
        r.leaderAgency,
      ]);
  }
  await copyInto(tx, facts);
  await copyInto(tx, warnings);
  return undefined;
}
