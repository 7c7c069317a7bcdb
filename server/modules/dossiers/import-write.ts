// Writes a batch of validated import records in one transaction with multi-row INSERTs
// (INSERT … SELECT FROM unnest of one typed array per column: a fixed number of parameters,
// whatever the batch size).
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
  extended_due_at: "timestamptz",
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
/** One typed array per column, unnested: no per-row JSON for the server to take apart. */
const UNNEST = COLUMN_NAMES.map((c, i) => `$${i + 1}::${TYPES[c] ?? "text"}[]`).join(", ");

/**
 * A PostgreSQL array literal, written here rather than by the driver (its per-element escaping
 * is most of the import's CPU): instants as ISO 8601, text and JSON quoted, the rest as is
 * (uuids, numbers and booleans need no quoting).
 */
export function pgArray(values: readonly unknown[], type = "text"): string {
  const quote = type === "text" || type === "jsonb";
  let out = "{";
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (i) out += ",";
    if (v === null || v === undefined) out += "NULL";
    else if (typeof v === "object") out += (v as Date).toISOString();
    else if (!quote) out += v;
    else {
      const t = String(v);
      out += NEEDS_ESCAPE.test(t) ? `"${t.replace(ESCAPE, "\\$&")}"` : `"${t}"`;
    }
  }
  return `${out}}`;
}
const NEEDS_ESCAPE = /["\\]/;
const ESCAPE = /["\\]/g;

/** The new rows as one array literal per column (jsonb columns as JSON text). */
function columnArrays(rows: Dossier[]): string[] {
  const cols: unknown[][] = COLUMN_NAMES.map(() => new Array(rows.length));
  for (let r = 0; r < rows.length; r++) {
    const vals = columnValues(rows[r]);
    for (let i = 0; i < vals.length; i++) cols[i][r] = vals[i];
  }
  return cols.map((c, i) => pgArray(c, TYPES[COLUMN_NAMES[i]] ?? "text"));
}

/**
 * Inserts the new dossiers' rows, skipping codes that already exist (another system's or an
 * earlier import's); returns the codes inserted.
 */
export async function insertNew(tx: Sql, rows: Dossier[]): Promise<Set<string>> {
  if (!rows.length) return new Set();
  const r = await tx.query<{ code: string }>(
    `INSERT INTO dossiers (${COLUMN_NAMES.join(", ")}) SELECT * FROM unnest(${UNNEST})
     ON CONFLICT (code) DO NOTHING RETURNING code`,
    columnArrays(rows),
  );
  return new Set(r.rows.map((x) => x.code));
}

/** The rest of a batch once its new rows are inserted: updates, events, counters, projectors, audit. */
export async function writeBatch(
  tx: Sql,
  actor: Actor,
  now: Date,
  projectors: readonly DossierProjector[],
  batch: Planned[],
): Promise<void> {
  const inserts = batch.filter((p) => !p.before);
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
      [
        pgArray(ev.id, "uuid"),
        pgArray(ev.seq, "int"),
        pgArray(ev.type),
        pgArray(ev.at, "timestamptz"),
        pgArray(ev.data, "jsonb"),
        actor.userId,
        actor.username,
      ],
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
