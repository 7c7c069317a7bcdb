// Dossier totals of many agencies at once, one row per agency, from the rollups alone: the same
// sums as queryTotals for each agency, in three grouped queries (for views over every unit).
import type { Sql } from "../../platform/db.ts";
import { periodDays } from "./days.ts";
import { procedureSets } from "./dossier-indicators.ts";
import {
  type DossierTotals,
  emptyTotals,
  PER_PROCEDURE,
  RECEPTION_COUNTERS,
  type ReceptionCounter,
} from "./facts.ts";
import { coveringBuckets, prefixBounds } from "./grains.ts";
import { column } from "./repository.ts";
import { HANDLED_COUNTERS } from "./rollup.ts";

type Row = Record<string, string | number | null>;

/**
 * `procedures: false` sums over the procedures in the database and leaves the per-procedure sets
 * (3.2, 3.5b, 4.5a) empty: every additive counter is the same, at a fraction of the rows.
 */
export async function queryTotalsByAgency(
  sql: Sql,
  agencyCodes: string[],
  from: string,
  to: string,
  opts: { procedures?: boolean } = {},
): Promise<Map<string, DossierTotals>> {
  const perProcedure = opts.procedures ?? true;
  const proc = perProcedure ? "procedure_code" : "''";
  periodDays({ from, to });
  const b = coveringBuckets(from, to);
  const out = new Map<string, DossierTotals>();
  const perProc = new Map<string, Map<string, Partial<Record<ReceptionCounter, number>>>>();
  const of = (a: string) => {
    const t = out.get(a) ?? emptyTotals();
    out.set(a, t);
    return t;
  };
  const ranged = await sql.query<Row>(
    `SELECT agency_code, ${proc} AS procedure_code, ${[...RECEPTION_COUNTERS, ...HANDLED_COUNTERS].map((c) => `sum(${column(c)})::bigint AS "${c}"`).join(", ")}
     FROM qi_rollup
     WHERE agency_code = ANY($1::text[])
       AND ((grain = 'd' AND day = ANY($2::date[])) OR (grain = 'm' AND day = ANY($3::date[])) OR (grain = 'y' AND day = ANY($4::date[])))
     GROUP BY agency_code${perProcedure ? ", procedure_code" : ""}`,
    [agencyCodes, b.d, b.m, b.y],
  );
  for (const row of ranged.rows) {
    const a = String(row.agency_code);
    const t = of(a);
    const counts: Partial<Record<ReceptionCounter, number>> = {};
    for (const c of RECEPTION_COUNTERS) t[c] += Number(row[c]);
    for (const c of PER_PROCEDURE) counts[c] = Number(row[c]);
    const m = perProc.get(a) ?? new Map();
    m.set(String(row.procedure_code), counts);
    perProc.set(a, m);
    add(t, row.h21, row.ot21, row.fb54);
  }
  if (perProcedure) for (const [a, m] of perProc) of(a).procedures = procedureSets(m);
  const p = prefixBounds(to);
  const state = await sql.query<Row>(
    `SELECT agency_code, sum(h21_open)::bigint AS h, sum(ot21_open)::bigint AS ot, sum(fb54_open)::bigint AS fb
     FROM qi_rollup_state
     WHERE agency_code = ANY($1::text[])
       AND ((grain = 'y' AND day < $2::date) OR (grain = 'm' AND day >= $2::date AND day < $3::date)
            OR (grain = 'd' AND day >= $3::date AND day <= $4::date))
     GROUP BY agency_code`,
    [agencyCodes, p.yearsUntil, p.monthsUntil, p.to],
  );
  const pair = await sql.query<Row>(
    `SELECT agency_code, sum(h21)::bigint AS h, sum(ot21)::bigint AS ot, sum(fb54)::bigint AS fb
     FROM qi_rollup_pair WHERE agency_code = ANY($1::text[]) AND day >= $2::date AND day <= $3::date AND day2 <= $3::date
     GROUP BY agency_code`,
    [agencyCodes, from, to],
  );
  for (const r of [...state.rows, ...pair.rows]) add(of(String(r.agency_code)), r.h, r.ot, r.fb);
  return out;
}

function add(t: DossierTotals, h: unknown, ot: unknown, fb: unknown): void {
  t.handled21 += Number(h ?? 0);
  t.onTime21 += Number(ot ?? 0);
  t.feedback54 += Number(fb ?? 0);
}
