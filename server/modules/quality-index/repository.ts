// Rollup storage of the Decision 766/QĐ-TTg index (tables of migration 0050_quality_index).
import type { DossierRecord, ProcedureRecord } from "../../../shared/sync-record.ts";
import type { Sql } from "../../platform/db.ts";
import type { Statement } from "../../platform/statements.ts";
import { RollupTotals } from "./bulk.ts";
import { writeRollups } from "./bulk-write.ts";
import { periodDays } from "./days.ts";
import type { ProcedureLookup } from "./dossier-indicators.ts";
import { procedureSets } from "./dossier-indicators.ts";
import {
  type DossierTotals,
  emptyTotals,
  RECEPTION_COUNTERS,
  type ReceptionCounter,
} from "./facts.ts";
import { coveringBuckets, prefixBounds, spreadToGrains } from "./grains.ts";
import type { DurationJudge } from "./judge.ts";
import { dossierRatios, type Ratio } from "./ratios.ts";
import {
  addRollupRows,
  changeDelta,
  contribute,
  HANDLED_COUNTERS,
  mergeDeltas,
  ROLLUP_COUNTERS,
  type RollupDelta,
  STATE_COUNTERS,
} from "./rollup.ts";
import { assembleIndex, type IndexResult, type UnitLevel } from "./score.ts";

/** Column of a counter: fee36Den → fee36_den. */
export const column = (c: string) => c.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`);
const MAIN = ROLLUP_COUNTERS.map(column);
const PAIR = HANDLED_COUNTERS.map(column);
const STATE = STATE_COUNTERS.map(column);

function pickState(c: RollupDelta["counts"]): RollupDelta["counts"] {
  return Object.fromEntries(STATE_COUNTERS.map((k) => [k, c[k] ?? 0]));
}

export interface DossierVersion {
  dossier: DossierRecord;
  procedure: ProcedureRecord | undefined;
}

/** Adds deltas to the rollups. Run it in the transaction that changes the dossiers. */
export async function applyDeltas(tx: Sql, deltas: RollupDelta[]): Promise<void> {
  for (const s of deltaStatements(deltas)) await tx.query(s.text, s.params);
}

/** The statements applyDeltas runs (one per rollup table the deltas touch), to run later. */
export function deltaStatements(deltas: RollupDelta[]): Statement[] {
  const out: Statement[] = [];
  const rows = spreadToGrains(deltas);
  const main = rows.filter((r) => r.day2 === null);
  const pair = rows.filter((r) => r.day2 !== null);
  if (main.length) {
    const params: unknown[] = [
      main.map((r) => r.agency),
      main.map((r) => r.procedure),
      main.map((r) => r.grain),
      main.map((r) => r.day),
    ];
    for (const c of ROLLUP_COUNTERS) params.push(main.map((r) => r.counts[c] ?? 0));
    const casts = ["text", "text", "text", "date", ...MAIN.map(() => "bigint")].map(
      (t, i) => `$${i + 1}::${t}[]`,
    );
    out.push({
      text: `INSERT INTO qi_rollup (agency_code, procedure_code, grain, day, ${MAIN.join(", ")})
       SELECT * FROM unnest(${casts.join(", ")})
       ON CONFLICT (agency_code, procedure_code, grain, day) DO UPDATE SET
       ${MAIN.map((c) => `${c} = qi_rollup.${c} + EXCLUDED.${c}`).join(", ")}`,
      params,
    });
  }
  const state = mergeDeltas(
    main
      .filter((r) => STATE_COUNTERS.some((c) => r.counts[c]))
      .map((r) => ({
        ...r,
        procedure: "",
        day: `${r.grain}${r.day}`,
        counts: pickState(r.counts),
      })),
  );
  if (state.length) {
    const params: unknown[] = [
      state.map((r) => r.agency),
      state.map((r) => r.day.slice(0, 1)),
      state.map((r) => r.day.slice(1)),
    ];
    for (const c of STATE_COUNTERS) params.push(state.map((r) => r.counts[c] ?? 0));
    out.push({
      text: `INSERT INTO qi_rollup_state (agency_code, grain, day, ${STATE.join(", ")})
       SELECT * FROM unnest($1::text[], $2::text[], $3::date[], $4::bigint[], $5::bigint[], $6::bigint[])
       ON CONFLICT (agency_code, grain, day) DO UPDATE SET
       ${STATE.map((c) => `${c} = qi_rollup_state.${c} + EXCLUDED.${c}`).join(", ")}`,
      params,
    });
  }
  if (pair.length) {
    const params: unknown[] = [
      pair.map((r) => r.agency),
      pair.map((r) => r.procedure),
      pair.map((r) => r.day),
      pair.map((r) => r.day2),
    ];
    for (const c of HANDLED_COUNTERS) params.push(pair.map((r) => r.counts[c] ?? 0));
    out.push({
      text: `INSERT INTO qi_rollup_pair (agency_code, procedure_code, day, day2, ${PAIR.join(", ")})
       SELECT * FROM unnest($1::text[], $2::text[], $3::date[], $4::date[], $5::bigint[], $6::bigint[], $7::bigint[])
       ON CONFLICT (agency_code, procedure_code, day, day2) DO UPDATE SET
       ${PAIR.map((c) => `${c} = qi_rollup_pair.${c} + EXCLUDED.${c}`).join(", ")}`,
      params,
    });
  }
  return out;
}

/**
 * The dossier store calls this in the same transaction as every dossier insert, update or
 * delete (before = stored version or null, after = new version or null). Also call it when a
 * procedure's catalogue record changes, for each of its dossiers, with the old and new procedure.
 */
export async function applyContribution(
  tx: Sql,
  before: DossierVersion | null,
  after: DossierVersion | null,
  judge: DurationJudge,
): Promise<void> {
  await applyDeltas(tx, changeDelta(before, after, judge));
}

/** The statements applyContribution runs, to run later (with others: platform/statements.ts). */
export function contributionStatements(
  before: DossierVersion | null,
  after: DossierVersion | null,
  judge: DurationJudge,
): Statement[] {
  return deltaStatements(changeDelta(before, after, judge));
}

/** Recomputes all rollups from the records (run it in one transaction; used after calendar changes). */
export async function rebuild(
  tx: Sql,
  records: Iterable<DossierRecord> | AsyncIterable<DossierRecord>,
  procedureOf: ProcedureLookup,
  judge: DurationJudge,
): Promise<number> {
  const totals = new RollupTotals();
  let n = 0;
  for await (const d of records) {
    totals.begin(d.agency, d.procedure);
    contribute(d, procedureOf(d.procedure), judge, totals);
    n++;
  }
  await writeRollups(tx, totals);
  return n;
}

/** Dossier-based totals of the agencies over [from, to] (YYYY-MM-DD), from the rollups alone. */
export async function queryTotals(
  sql: Sql,
  agencyCodes: string[],
  from: string,
  to: string,
  /** Rows added to the stored ones (the correction of a period read as it stood earlier). */
  extra: readonly RollupDelta[] = [],
): Promise<DossierTotals> {
  const { F, E } = periodDays({ from, to });
  const b = coveringBuckets(from, to);
  const t = emptyTotals();
  const ranged = await sql.query<Record<string, string | number>>(
    `SELECT procedure_code, ${[...RECEPTION_COUNTERS, ...HANDLED_COUNTERS].map((c) => `sum(${column(c)})::bigint AS "${c}"`).join(", ")}
     FROM qi_rollup
     WHERE agency_code = ANY($1::text[])
       AND ((grain = 'd' AND day = ANY($2::date[])) OR (grain = 'm' AND day = ANY($3::date[])) OR (grain = 'y' AND day = ANY($4::date[])))
     GROUP BY procedure_code`,
    [agencyCodes, b.d, b.m, b.y],
  );
  const perProc = new Map<string, Partial<Record<ReceptionCounter, number>>>();
  for (const row of ranged.rows) {
    const counts: Partial<Record<ReceptionCounter, number>> = {};
    for (const c of RECEPTION_COUNTERS) {
      counts[c] = Number(row[c]);
      t[c] += counts[c];
    }
    perProc.set(String(row.procedure_code), counts);
    t.handled21 += Number(row.h21);
    t.onTime21 += Number(row.ot21);
    t.feedback54 += Number(row.fb54);
  }
  if (extra.length) addRollupRows(t, perProc, extra, F, E);
  t.procedures = procedureSets(perProc);
  const p = prefixBounds(to);
  const state = await sql.query<{ h: number | null; ot: number | null; fb: number | null }>(
    `SELECT sum(h21_open)::bigint AS h, sum(ot21_open)::bigint AS ot, sum(fb54_open)::bigint AS fb
     FROM qi_rollup_state
     WHERE agency_code = ANY($1::text[])
       AND ((grain = 'y' AND day < $2::date) OR (grain = 'm' AND day >= $2::date AND day < $3::date)
            OR (grain = 'd' AND day >= $3::date AND day <= $4::date))`,
    [agencyCodes, p.yearsUntil, p.monthsUntil, p.to],
  );
  const pair = await sql.query<{ h: number | null; ot: number | null; fb: number | null }>(
    `SELECT sum(h21)::bigint AS h, sum(ot21)::bigint AS ot, sum(fb54)::bigint AS fb
     FROM qi_rollup_pair WHERE agency_code = ANY($1::text[]) AND day >= $2::date AND day <= $3::date AND day2 <= $3::date`,
    [agencyCodes, from, to],
  );
  for (const r of [state.rows[0], pair.rows[0]]) {
    t.handled21 += Number(r?.h ?? 0);
    t.onTime21 += Number(r?.ot ?? 0);
    t.feedback54 += Number(r?.fb ?? 0);
  }
  return t;
}

/** The index of a unit from the rollups; `other` holds the procedure and complaint ratios. */
export async function queryIndex(
  sql: Sql,
  agencyCodes: string[],
  from: string,
  to: string,
  opts: { unit?: string; level?: UnitLevel; other?: Record<string, Ratio> } = {},
): Promise<IndexResult> {
  const totals = await queryTotals(sql, agencyCodes, from, to);
  return assembleIndex({
    unit: opts.unit ?? agencyCodes.join(","),
    period: { from, to },
    level: opts.level ?? "province",
    ratios: { ...(opts.other ?? {}), ...dossierRatios(totals) },
  });
}

export { MAIN as ROLLUP_COLUMNS };
