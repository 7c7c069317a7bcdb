// The projector for a batch of changes (an import's batch, in its transaction): the stored records
// are read in one query, every contribution is summed in memory per (agency, procedure, day) as the
// full rebuild sums them (bulk.ts), and the rollups are written once with one additive upsert per
// table (in key order, as the last statements of the projector), so a batch holds the locks of the
// shared rollup rows only from there to its commit, never while it computes.
import type { DossierRecord, ProcedureRecord } from "../../../shared/sync-record.ts";
import { CopyRows, copyInto } from "../../platform/copy.ts";
import type { Sql } from "../../platform/db.ts";
import type { BatchFinish, ProjectedChange } from "../dossiers/index.ts";
import { RollupTotals } from "./bulk.ts";
import { addRollups } from "./bulk-write.ts";
import type { JudgeCache } from "./calendar-judge.ts";
import type { DayNo } from "./days.ts";
import { loadProcedures, type ProcedureSource } from "./procedures.ts";
import { dropFacts, markChanged, rowOf, saveRecords } from "./read-model.ts";
import { contribute, type RollupSink } from "./rollup.ts";

const READ_MODEL = [
  "code",
  "agency_code",
  "procedure_code",
  "received_on",
  "closed_on",
  "record",
  "last_at",
];

export async function projectBatch(
  tx: Sql,
  changes: readonly ProjectedChange[],
  judges: JudgeCache,
  source: ProcedureSource,
  procedures = new ProcedureCache(),
): Promise<BatchFinish | undefined> {
  if (!changes.length) return;
  // A dossier created in this transaction has no stored record to take back (as in projector.ts).
  const stored = await storedRecords(
    tx,
    changes.filter((c) => !c.created).map((c) => c.after.code),
  );
  const codes = changes.map((c) => c.after.procedure);
  for (const r of stored.values()) codes.push(r.procedure);
  const procs = await loadProcedures(tx, codes, source, procedures.current());
  const judgeOf = await judges.lookup(tx, [
    ...changes.map((c) => c.after.agency),
    ...[...stored.values()].map((r) => r.agency),
  ]);
  // The batch's deltas summed in place: minus each stored record's contribution, plus the new one.
  const totals = new RollupTotals(256);
  const minus = new Negated(totals);
  const agencies: string[] = [];
  const fresh = new CopyRows("qi_dossiers", READ_MODEL);
  const upsert: DossierRecord[] = [];
  for (const c of changes) {
    const old = stored.get(c.after.code) ?? null;
    if (old) {
      totals.begin(old.agency, old.procedure);
      contribute(old, procs.get(old.procedure), judgeOf(old.agency), minus);
    }
    totals.begin(c.after.agency, c.after.procedure);
    contribute(c.after, procs.get(c.after.procedure), judgeOf(c.after.agency), totals);
    agencies.push(c.after.agency);
    if (old) agencies.push(old.agency);
    // A new code is copied; a never-received one is in no indicator and has nothing to remove.
    const row = old ? null : rowOf(c.after);
    if (row) fresh.add(row);
    else if (old) upsert.push(c.after);
  }
  await copyInto(tx, fresh);
  // An imported record is the authority on its own history: the instants it implies (as-of.ts).
  await dropFacts(
    tx,
    upsert.map((r) => r.code),
  );
  await saveRecords(tx, upsert);
  return async () => {
    await addRollups(tx, totals);
    await markChanged(tx, agencies);
  };
}

/** Subtracts what is added to it (a stored record's contribution taken back). */
class Negated implements RollupSink {
  constructor(private readonly to: RollupSink) {}
  add(day: DayNo, day2: DayNo | null, k: number, n: number): void {
    this.to.add(day, day2, k, -n);
  }
}

/**
 * The procedures the batches of one import read, kept for `ttlMs` (as the judges are,
 * calendar-judge.ts): a batch reads only the codes no earlier batch read, instead of one query
 * per procedure per batch. A change of catalogue meanwhile needs a recompute, as it always does.
 */
export class ProcedureCache {
  private map: Map<string, ProcedureRecord | undefined> = new Map();
  private at = Date.now();
  constructor(private readonly ttlMs = 60_000) {}
  current(): Map<string, ProcedureRecord | undefined> {
    if (Date.now() - this.at >= this.ttlMs) {
      this.map = new Map();
      this.at = Date.now();
    }
    return this.map;
  }
}

/** The records the index stored for these codes, locked for the change. */
async function storedRecords(tx: Sql, codes: string[]): Promise<Map<string, DossierRecord>> {
  if (!codes.length) return new Map();
  const r = await tx.query<{ code: string; record: DossierRecord | string }>(
    "SELECT code, record FROM qi_dossiers WHERE code = ANY($1::text[]) ORDER BY code FOR UPDATE",
    [codes],
  );
  const out = new Map<string, DossierRecord>();
  for (const x of r.rows)
    out.set(x.code, typeof x.record === "string" ? JSON.parse(x.record) : x.record);
  return out;
}
