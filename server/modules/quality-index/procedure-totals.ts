// Dossier totals per procedure of a unit, from the rollups alone (qi_rollup keeps the state
// counters per procedure too), for the per-procedure view.
import type { Sql } from "../../platform/db.ts";
import { periodDays } from "./days.ts";
import { procedureSets } from "./dossier-indicators.ts";
import {
  type DossierTotals,
  emptyTotals,
  RECEPTION_COUNTERS,
  type ReceptionCounter,
} from "./facts.ts";
import { coveringBuckets, prefixBounds } from "./grains.ts";
import { column } from "./repository.ts";
import { addRollupRows, HANDLED_COUNTERS, type RollupDelta } from "./rollup.ts";

type Row = Record<string, string | number | null>;

export async function queryProcedureTotals(
  sql: Sql,
  agencies: string[],
  from: string,
  to: string,
  /** Rows added to the stored ones (a period read as it stood earlier: service.correctionAt). */
  extra: readonly RollupDelta[] = [],
): Promise<Map<string, DossierTotals>> {
  const { F, E } = periodDays({ from, to });
  const b = coveringBuckets(from, to);
  const p = prefixBounds(to);
  const out = new Map<string, DossierTotals>();
  const of = (code: string) => {
    const t = out.get(code) ?? emptyTotals();
    out.set(code, t);
    return t;
  };
  const ranged = await sql.query<Row>(
    `SELECT procedure_code, ${[...RECEPTION_COUNTERS, ...HANDLED_COUNTERS].map((c) => `sum(${column(c)})::bigint AS "${c}"`).join(", ")}
     FROM qi_rollup WHERE agency_code = ANY($1::text[])
       AND ((grain = 'd' AND day = ANY($2::date[])) OR (grain = 'm' AND day = ANY($3::date[])) OR (grain = 'y' AND day = ANY($4::date[])))
     GROUP BY procedure_code`,
    [agencies, b.d, b.m, b.y],
  );
  for (const r of ranged.rows) {
    const t = of(String(r.procedure_code));
    for (const c of RECEPTION_COUNTERS) t[c] += Number(r[c] ?? 0);
    add(t, r.h21, r.ot21, r.fb54);
    t.procedures = procedureSets(new Map([[String(r.procedure_code), t]]));
  }
  const state = await sql.query<Row>(
    `SELECT procedure_code, sum(h21_open)::bigint AS h, sum(ot21_open)::bigint AS ot, sum(fb54_open)::bigint AS fb
     FROM qi_rollup WHERE agency_code = ANY($1::text[])
       AND (h21_open <> 0 OR ot21_open <> 0 OR fb54_open <> 0)
       AND ((grain = 'y' AND day < $2::date) OR (grain = 'm' AND day >= $2::date AND day < $3::date)
            OR (grain = 'd' AND day >= $3::date AND day <= $4::date))
     GROUP BY procedure_code`,
    [agencies, p.yearsUntil, p.monthsUntil, p.to],
  );
  const pair = await sql.query<Row>(
    `SELECT procedure_code, sum(h21)::bigint AS h, sum(ot21)::bigint AS ot, sum(fb54)::bigint AS fb
     FROM qi_rollup_pair WHERE agency_code = ANY($1::text[]) AND day >= $2::date AND day <= $3::date AND day2 <= $3::date
     GROUP BY procedure_code`,
    [agencies, from, to],
  );
  for (const r of [...state.rows, ...pair.rows]) add(of(String(r.procedure_code)), r.h, r.ot, r.fb);
  for (const d of extra) {
    const t = of(d.procedure);
    // The per-procedure counters are t's own: the scratch map is not needed here.
    addRollupRows(t, new Map<string, Partial<Record<ReceptionCounter, number>>>(), [d], F, E);
    t.procedures = procedureSets(new Map([[d.procedure, t]]));
  }
  return out;
}

function add(t: DossierTotals, h: unknown, ot: unknown, fb: unknown): void {
  t.handled21 += Number(h ?? 0);
  t.onTime21 += Number(ot ?? 0);
  t.feedback54 += Number(fb ?? 0);
}
