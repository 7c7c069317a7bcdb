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
