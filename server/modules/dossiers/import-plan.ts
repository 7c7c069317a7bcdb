// What importing one record changes: nothing (same record), a new dossier, or an update that keeps
// the old history as events (appended when the new events extend the old ones, else replaced).
import type { DossierRecord } from "../../../shared/sync-record.ts";
import type { Sql } from "../../platform/db.ts";
import type { Planned } from "./import-write.ts";
import { fromRecord, REPLACED, toRecord } from "./record.ts";
import { eventFromRow, fromRow } from "./store.ts";
import type { Dossier, DossierEventRow, NewEvent } from "./types.ts";

export interface Valid {
  line: number;
  rec: DossierRecord;
  procedureVersion: number | null;
  /** The line as read (its hash goes into the batch's audit record). */
  text: string;
  /** True when `rec` is the parsed line itself, checked exact by quickRecord (import-check.ts). */
  exact?: boolean;
}

/** An instant as record.ts vnIso writes it when it has no milliseconds. */
const VN_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$/;

/**
 * True when the record is already what toRecord writes back for the dossier it creates: the
 * exact fields (quickRecord) with every instant in Vietnam time without milliseconds, as the
 * national portal and our export write them. The projectors then take the record as read instead
 * of building it again from the dossier (an import's most common case, and a copy per dossier).
 */
export function canonical(v: Valid): boolean {
  const r = v.rec;
  if (!v.exact || !VN_INSTANT.test(r.submittedAt)) return false;
  if (r.receivedAt !== null && !VN_INSTANT.test(r.receivedAt)) return false;
  if (r.dueAt !== null && !VN_INSTANT.test(r.dueAt)) return false;
  for (const e of r.events) if (!VN_INSTANT.test(e.at)) return false;
  return true;
}

const asRows = (events: DossierRecord["events"]) =>
  events.map((e) => ({ type: e.type, at: new Date(e.at) }));
const sameEvent = (a: { type: string; at: string }, b: { type: string; at: string }) =>
  a.type === b.type && a.at === b.at;

/** What importing `v` over `before` changes: null when nothing does. */
export function plan(
  v: Valid,
  before: Dossier | null,
  beforeEvents: DossierEventRow[],
  now: Date,
): Planned | null {
  const after = fromRecord(v.rec, before, now, v.procedureVersion);
  if (!before) {
    const events: NewEvent[] = [
      { type: "imported", at: now, data: { line: v.line } },
      ...asRows(v.rec.events),
    ];
    return {
      line: v.line,
      text: v.text,
      before,
      beforeEvents,
      after: { ...after, eventSeq: events.length },
      events,
      record: canonical(v) ? v.rec : undefined,
    };
  }
  const old = toRecord(before, beforeEvents);
  const next = toRecord(after, asRows(v.rec.events));
  if (JSON.stringify(old) === JSON.stringify(next)) return null;
  const changed = (Object.keys(old) as (keyof DossierRecord)[]).filter(
    (k) => JSON.stringify(old[k]) !== JSON.stringify(next[k]),
  );
  const incoming = next.events;
  const prefix =
    old.events.length <= incoming.length && old.events.every((e, i) => sameEvent(e, incoming[i]));
  const events: NewEvent[] = [
    { type: "record-updated", at: now, data: { line: v.line, changed, previous: old } },
  ];
  if (prefix) events.push(...asRows(v.rec.events).slice(old.events.length));
  else events.push({ type: REPLACED, at: now, data: {} }, ...asRows(v.rec.events));
  return {
    line: v.line,
    text: v.text,
    before,
    beforeEvents,
    after: { ...after, eventSeq: before.eventSeq + events.length },
    events,
  };
}

export async function load(
  db: Sql,
  codes: string[],
): Promise<Map<string, { d: Dossier; events: DossierEventRow[] }>> {
  const out = new Map<string, { d: Dossier; events: DossierEventRow[] }>();
  // biome-ignore lint/suspicious/noExplicitAny: database rows.
  const r = await db.query<any>("SELECT * FROM dossiers WHERE code = ANY($1::text[])", [codes]);
  if (!r.rows.length) return out;
  const byId = new Map<string, { d: Dossier; events: DossierEventRow[] }>();
  for (const row of r.rows) {
    const x = { d: fromRow(row), events: [] as DossierEventRow[] };
    out.set(x.d.code, x);
    byId.set(x.d.id, x);
  }
  // biome-ignore lint/suspicious/noExplicitAny: database rows.
  const ev = await db.query<any>(
    "SELECT * FROM dossier_events WHERE dossier_id = ANY($1::uuid[]) ORDER BY dossier_id, seq",
    [[...byId.keys()]],
  );
  for (const e of ev.rows) byId.get(e.dossier_id)?.events.push(eventFromRow(e));
  return out;
}
