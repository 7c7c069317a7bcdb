// The full recompute: every rollup and the read model again from all stored dossiers, streamed
// in pages of code order, in one transaction. It must agree exactly with the projector (same
// judges, same catalogue versions); run it after a calendar or catalogue change.
import type { DossierRecord } from "../../../shared/sync-record.ts";
import type { Db, Sql } from "../../platform/db.ts";
import { exportPage } from "../dossiers/index.ts";
import { RollupTotals } from "./bulk.ts";
import { writeRollups } from "./bulk-write.ts";
import { JudgeCache } from "./calendar-judge.ts";
import { catalogProcedure, loadProcedures, type ProcedureSource } from "./procedures.ts";
import { markChanged, restoreLastAt, saveRecords } from "./read-model.ts";
import { contribute } from "./rollup.ts";

export interface RecomputeOptions {
  judges?: JudgeCache;
  procedures?: ProcedureSource;
  pageSize?: number;
  /** false: the rollups only, not qi_dossiers (benchmarks of the rollups alone). */
  readModel?: boolean;
  /** Called after each page with the dossiers done and the total. */
  onProgress?: (done: number, total: number) => void;
}

/** A page of records at a time, after `after` in code order (null at the end). */
export interface RecordPage {
  records: DossierRecord[];
  next: string | null;
}
export type RecordPages = (sql: Sql, after: string | null, limit: number) => Promise<RecordPage>;

export async function recomputeAll(db: Db, opts: RecomputeOptions = {}): Promise<number> {
  const pages: RecordPages = exportPage;
  return db.transaction(async (tx) => {
    // Changes wait for the recompute (their projector writes the rollups), then apply on top.
    await tx.query(
      "LOCK TABLE qi_rollup, qi_rollup_pair, qi_rollup_state, qi_dossiers IN EXCLUSIVE MODE",
    );
    const total = Number(
      (await tx.query<{ n: number }>("SELECT count(*)::bigint AS n FROM dossiers")).rows[0]?.n ?? 0,
    );
    return recomputeInto(tx, pages, total, opts);
  });
}

/** The work of recomputeAll inside a transaction, from any source of record pages. */
export async function recomputeInto(
  tx: Sql,
  pages: RecordPages,
  total: number,
  opts: RecomputeOptions = {},
): Promise<number> {
  const judges = opts.judges ?? new JudgeCache();
  const source = opts.procedures ?? catalogProcedure;
  const size = opts.pageSize ?? 2_000;
  const readModel = opts.readModel ?? true;
  if (readModel) await tx.query("DELETE FROM qi_dossiers");
  const procs = new Map();
  const agencies = new Set<string>();
  const totals = new RollupTotals();
  let done = 0;
  // The next page is asked for before this one is computed, so the database reads meanwhile.
  let next: Promise<RecordPage> | null = pages(tx, null, size);
  while (next) {
    const page: RecordPage = await next;
    next = page.next === null ? null : pages(tx, page.next, size);
    next?.catch(() => {}); // a failure surfaces when the page is awaited
    await loadProcedures(
      tx,
      page.records.map((r) => r.procedure),
      source,
      procs,
    );
    const judgeOf = await judges.lookup(
      tx,
      page.records.map((r) => r.agency),
    );
    for (const r of page.records) {
      totals.begin(r.agency, r.procedure);
      contribute(r, procs.get(r.procedure), judgeOf(r.agency), totals);
      agencies.add(r.agency);
    }
    if (readModel) await saveRecords(tx, page.records);
    done += page.records.length;
    opts.onProgress?.(done, Math.max(total, done));
  }
  await writeRollups(tx, totals);
  if (readModel) await restoreLastAt(tx);
  await markChanged(tx, [...agencies]);
  return done;
}
