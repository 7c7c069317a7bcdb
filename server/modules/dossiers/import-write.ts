// Writes a batch of validated import records in one transaction: new dossiers and every event by
// COPY (the bulk path, platform/copy.ts), the rare updates row by row, the projectors once per
// batch, and the shared rows (counters, audit chain) last, so a batch holds their locks only
// from there to its commit.
import { createHash } from "node:crypto";
import type { DossierRecord } from "../../../shared/sync-record.ts";
import { CopyRows, copyField, copyInto } from "../../platform/copy.ts";
import type { Sql } from "../../platform/db.ts";
import { record } from "../audit/index.ts";
import type { Actor } from "../identity/index.ts";
import { bumpCounters, vnDate } from "./code.ts";
import { staleVersion } from "./commit.ts";
import type { BatchFinish, DossierProjector, ProjectedChange } from "./ports.ts";
import { parseCode, toRecord } from "./record.ts";
import { COLUMN_NAMES, columnValues, updateDossier } from "./store.ts";
import type { Dossier, DossierEventRow, NewEvent } from "./types.ts";

export interface Planned {
  line: number;
  /** The record's line as read. */
  text: string;
  before: Dossier | null;
  beforeEvents: DossierEventRow[];
  after: Dossier;
  events: NewEvent[];
  /** The exchange record of `after`, when known without building it (import-plan.ts canonical). */
  record?: DossierRecord;
}

/** The codes among `codes` already stored (another system's or an earlier import's). */
export async function existingCodes(tx: Sql, codes: string[]): Promise<Set<string>> {
  if (!codes.length) return new Set();
  const r = await tx.query<{ code: string }>(
    "SELECT code FROM dossiers WHERE code = ANY($1::text[])",
    [codes],
  );
  return new Set(r.rows.map((x) => x.code));
}

/** Copies new dossiers' rows (their codes must be new: see existingCodes). */
export async function copyNew(tx: Sql, rows: Dossier[]): Promise<void> {
  const out = new CopyRows("dossiers", COLUMN_NAMES);
  for (const d of rows) out.add(columnValues(d));
  await copyInto(tx, out);
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
  const ev = new CopyRows("dossier_events", [
    "dossier_id",
    "seq",
    "type",
    "at",
    "actor_id",
    "actor_name",
    "data",
  ]);
  // Each row as one string (an import has four or five events a dossier): the actor's fields
  // escaped once for the batch, the id a uuid and the sequence a number (nothing to escape).
  const by = `${copyField(actor.userId)}\t${copyField(actor.username)}`;
  for (const p of batch) {
    const first = p.before?.eventSeq ?? 0;
    const id = p.after.id;
    for (let i = 0; i < p.events.length; i++) {
      const e = p.events[i];
      const data = e.data ? copyField(e.data) : "{}";
      ev.addRaw(
        `${id}\t${first + i + 1}\t${copyField(e.type)}\t${e.at.toISOString()}\t${by}\t${data}`,
      );
    }
  }
  await copyInto(tx, ev);
  const finish = await project(tx, projectors, batch);
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
  // One audit record per batch (not one per dossier: an import brings millions) names every
  // dossier it created or changed, with the count and the SHA-256 of the lines it stored, in
  // order, so the record can be checked against the file imported.
  const digest = createHash("sha256");
  for (const p of batch) digest.update(`${p.text}\n`);
  await record(tx, actor, now, {
    action: "dossier.imported",
    subjectType: "dossier",
    subjectId:
      batch.length === 1
        ? batch[0].after.code
        : `${batch[0].after.code}…${batch[batch.length - 1].after.code}`,
    details: {
      lines: batch.map((p) => p.line),
      count: batch.length,
      sha256: digest.digest("hex"),
      created: inserts.map((p) => p.after.code),
      updated: batch.filter((p) => p.before).map((p) => p.after.code),
    },
  });
  // Rows every batch shares (the index's rollups) last: their locks are held only to the commit.
  for (const f of finish) await f();
}

/** Runs the projectors over the batch: once for the batch when they can, else once per change. */
async function project(
  tx: Sql,
  projectors: readonly DossierProjector[],
  batch: Planned[],
): Promise<BatchFinish[]> {
  if (!projectors.length) return [];
  const changes: ProjectedChange[] = batch.map((p) => ({
    before: p.before ? toRecord(p.before, p.beforeEvents) : null,
    after: p.record ?? toRecord(p.after, [...p.beforeEvents, ...p.events]),
    dossier: p.after,
    created: !p.before,
  }));
  const finish: BatchFinish[] = [];
  for (const f of projectors) {
    if (!f.batch) for (const c of changes) await f(tx, c.before, c.after);
    else {
      const then = await f.batch(tx, changes);
      if (then) finish.push(then);
    }
  }
  return finish;
}

function validDay(day: string): boolean {
  const t = Date.parse(`${day}T00:00:00Z`);
  return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === day;
}
