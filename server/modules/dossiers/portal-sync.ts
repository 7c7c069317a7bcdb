// The dossier side of the link with the national portal (docs: portal-sync.md, "Outbound"):
// every change of a dossier's exchange record leaves one outbox message in its transaction, and
// the portal's acknowledgement is itself a dossier change (syncedToPortal, an event, an audit).
import type { DossierRecord } from "../../../shared/sync-record.ts";
import type { Clock } from "../../platform/clock.ts";
import type { Sql } from "../../platform/db.ts";
import { enqueueMessage, enqueueMessages } from "../../platform/outbox.ts";
import { record } from "../audit/index.ts";
import { type Actor, SYSTEM_ACTOR } from "../identity/index.ts";
import type { DossierProjector, ProjectedChange } from "./ports.ts";
import { toRecord } from "./record.ts";
import { COLUMN_NAMES, eventFromRow, fromRow } from "./store.ts";
import type { DossierEventRow } from "./types.ts";

/** The event recorded when the portal acknowledged a dossier for the first time. */
export const PORTAL_SYNCED = "portal-synced";

const PORTAL_ACTOR: Actor = { ...SYSTEM_ACTOR, username: "portal", fullName: "Cổng DVC quốc gia" };

/** The record as the portal compares it: syncedToPortal is the portal's own answer, not a change. */
const comparable = (r: DossierRecord) => JSON.stringify({ ...r, syncedToPortal: false });

/**
 * Writes one outbox message per change of the exchange record. A dossier that appears already
 * synchronised (it came from the portal, or an imported history says the portal has it) is not
 * echoed back until it changes.
 */
export function portalOutboxProjector(channel: string, clock: Clock): DossierProjector {
  const leaves = (before: DossierRecord | null, after: DossierRecord) =>
    before ? comparable(before) !== comparable(after) : !after.syncedToPortal;
  const one: DossierProjector = async (tx, before, after) => {
    if (leaves(before, after)) await enqueueMessage(tx, channel, after.code, after, clock.now());
  };
  return Object.assign(one, {
    // A batch (an import's): its messages in one statement, in the batch's order.
    batch: async (tx: Sql, changes: readonly ProjectedChange[]) => {
      const out = changes.filter((c) => leaves(c.before, c.after));
      await enqueueMessages(
        tx,
        channel,
        out.map((c) => ({ subject: c.after.code, payload: c.after })),
        clock.now(),
      );
      return undefined;
    },
  });
}

/**
 * The portal accepted these dossiers: the ones not yet marked become syncedToPortal = true, each
 * with its event and its projectors run (the index counts them, indicator 1.4); one audit record
 * names them all. Returns the codes that changed.
 */
export async function markSyncedToPortal(
  tx: Sql,
  projectors: readonly DossierProjector[],
  codes: string[],
  at: Date,
): Promise<string[]> {
  if (!codes.length) return [];
  const r = await tx.query(
    `UPDATE dossiers SET synced_to_portal = true, version = version + 1,
       event_seq = event_seq + 1, updated_at = $2
      WHERE code = ANY($1::text[]) AND NOT synced_to_portal
      RETURNING ${COLUMN_NAMES.join(", ")}`,
    [codes, at],
  );
  const changed = r.rows.map(fromRow).sort((a, b) => (a.code < b.code ? -1 : 1));
  if (!changed.length) return [];
  const ids = changed.map((d) => d.id);
  await tx.query(
    `INSERT INTO dossier_events (dossier_id, seq, type, at, actor_id, actor_name, data)
     SELECT id, seq, $3, $4, NULL, $5, '{}'::jsonb FROM unnest($1::uuid[], $2::int[]) AS x(id, seq)`,
    [ids, changed.map((d) => d.eventSeq), PORTAL_SYNCED, at, PORTAL_ACTOR.username],
  );
  if (projectors.length) {
    const ev = await tx.query(
      `SELECT dossier_id, seq, type, at, actor_id, actor_name, data FROM dossier_events
        WHERE dossier_id = ANY($1::uuid[]) ORDER BY dossier_id, seq`,
      [ids],
    );
    const events = new Map<string, DossierEventRow[]>();
    for (const row of ev.rows) {
      const id = String(row.dossier_id);
      events.set(id, [...(events.get(id) ?? []), eventFromRow(row)]);
    }
    for (const d of changed) {
      const all = events.get(d.id) ?? [];
      const before = toRecord({ ...d, syncedToPortal: false }, all.slice(0, -1));
      const after = toRecord(d, all);
      // The acknowledgement's instant is when the dossier became synchronised (indicator 1.4).
      for (const p of projectors) await p(tx, before, after, { dossier: d, created: false });
    }
  }
  await record(tx, PORTAL_ACTOR, at, {
    action: "dossier.portal-synced",
    subjectType: "dossier",
    subjectId:
      changed.length === 1 ? changed[0].code : `${changed[0].code}…${changed.at(-1)?.code}`,
    details: { codes: changed.map((d) => d.code) },
  });
  return changed.map((d) => d.code);
}
