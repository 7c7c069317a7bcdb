// Writes a batch of validated import records in one transaction with multi-row INSERTs
// (INSERT … SELECT FROM jsonb_to_recordset: one parameter per table, whatever the batch size).
import type { Sql } from "../../platform/db.ts";
import { record } from "../audit/index.ts";
import type { Actor } from "../identity/index.ts";
import { bumpCounters, vnDate } from "./code.ts";
import { staleVersion } from "./commit.ts";
import type { DossierProjector } from "./ports.ts";
import { parseCode, toRecord } from "./record.ts";
import { COLUMN_NAMES, columnValues, updateDossier } from "./store.ts";
import type { Dossier, DossierEventRow, NewEvent } from "./types.ts";

export interface Planned {
  line: number;
  before: Dossier | null;
  beforeEvents: DossierEventRow[];
  after: Dossier;
  events: NewEvent[];
}

const TYPES: Record<string, string> = {
  id: "uuid",
  procedure_version: "integer",
  channel: "smallint",
  applicant: "jsonb",
  status: "smallint",
  submitted_at: "timestamptz",
  received_at: "timestamptz",
  due_at: "timestamptz",
  finished_at: "timestamptz",
  paused_minutes: "double precision",
  current_step: "integer",
  supplement_requests: "smallint",
  completion_requests: "smallint",
  version: "integer",
  event_seq: "integer",
  paid_online: "smallint",
  vneid_verified: "boolean",
  population_db: "boolean",
  synced_to_portal: "boolean",
  full_online: "boolean",
  result_pushed: "boolean",
  components: "jsonb",
  fees: "jsonb",
  form_data: "jsonb",
  feedback: "jsonb",
  updated_at: "timestamptz",
};
const RECORDSET = COLUMN_NAMES.map((c) => `${c} ${TYPES[c] ?? "text"}`).join(", ");

/** The row as jsonb_to_recordset reads it (jsonb columns as values, not as JSON text). */
function rowObject(d: Dossier): Record<string, unknown> {
  const vals = columnValues(d, true);
  const o: Record<string, unknown> = {};
  for (let i = 0; i < COLUMN_NAMES.length; i++) o[COLUMN_NAMES[i]] = vals[i];
  return o;
}

export async function writeBatch(
  tx: Sql,
  actor: Actor,
  now: Date,
  projectors: readonly DossierProjector[],
  batch: Planned[],
): Promise<void> {
  const inserts = batch.filter((p) => !p.before);
  if (inserts.length) {
    await tx.query(
      `INSERT INTO dossiers (${COLUMN_NAMES.join(", ")}) SELECT ${COLUMN_NAMES.join(", ")} FROM jsonb_to_recordset($1::jsonb) AS x(${RECORDSET})`,
      [JSON.stringify(inserts.map((p) => rowObject(p.after)))],
    );
  }
  for (const p of batch) {
    if (p.before && !(await updateDossier(tx, p.after, p.before.version)))
      throw staleVersion(p.after.code, p.before.version, p.before);
  }
  // Events as typed arrays through unnest: cheaper for the server than parsing one JSON document.
  const ev = {
    id: [] as string[],
    seq: [] as number[],
    type: [] as string[],
    at: [] as string[],
    data: [] as string[],
  };
  for (const p of batch) {
    const first = p.before?.eventSeq ?? 0;
    p.events.forEach((e, i) => {
      ev.id.push(p.after.id);
      ev.seq.push(first + i + 1);
      ev.type.push(e.type);
      ev.at.push(e.at.toISOString());
      ev.data.push(JSON.stringify(e.data ?? {}));
    });
  }
  if (ev.id.length)
    await tx.query(
      `INSERT INTO dossier_events (dossier_id, seq, type, at, actor_id, actor_name, data)
       SELECT id, seq, type, at, $6, $7, data FROM unnest($1::uuid[], $2::int[], $3::text[], $4::timestamptz[], $5::jsonb[]) AS x(id, seq, type, at, data)`,
      [ev.id, ev.seq, ev.type, ev.at, ev.data, actor.userId, actor.username],
    );
  const counters = new Map<string, number>();
  const fromDay = vnDate(new Date(now.getTime() - 86_400_000));
  // Sorted keys lock the counter rows in one order across concurrent batches (no deadlock).
  for (const p of batch) {
    const c = parseCode(p.after.code);
    // Only days from yesterday on can still receive new codes: older counters are never read.
    if (!c || c.seq > 9999 || !validDay(c.day) || c.day < fromDay) continue;
    const k = `${c.unit}|${c.day}`;
    counters.set(k, Math.max(counters.get(k) ?? 0, c.seq));
  }
  await bumpCounters(tx, new Map([...counters].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
  if (projectors.length)
    for (const p of batch) {
      const before = p.before ? toRecord(p.before, p.beforeEvents) : null;
      const after = toRecord(p.after, [...p.beforeEvents, ...p.events]);
      for (const f of projectors) await f(tx, before, after);
    }
  // One audit record per batch names every dossier it created or changed.
  await record(tx, actor, now, {
    action: "dossier.imported",
    subjectType: "dossier",
    subjectId:
      batch.length === 1
        ? batch[0].after.code
        : `${batch[0].after.code}…${batch[batch.length - 1].after.code}`,
    details: {
      created: inserts.map((p) => p.after.code),
      updated: batch.filter((p) => p.before).map((p) => p.after.code),
    },
  });
}

function validDay(day: string): boolean {
  const t = Date.parse(`${day}T00:00:00Z`);
  return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === day;
}
