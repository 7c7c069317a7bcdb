// Per-procedure figures of a unit: the dossier-based indicators of each procedure, from the
// rollups, with the points its dossiers lose (those indicators' max − score), most lost first.
import type { Duration, DurationUnit } from "../../../shared/sync-record.ts";
import type { Period } from "./days.ts";
import type { DossierTotals } from "./facts.ts";
import { queryProcedureTotals } from "./procedure-totals.ts";
import { catalogProcedure, loadProcedures } from "./procedures.ts";
import { dossierRatios, round2 } from "./ratios.ts";
import { assembleIndex, type IndicatorResult } from "./score.ts";
import { correctionAt, cutoffOf, type ReadCtx } from "./service.ts";
import type { Unit } from "./units.ts";

export interface ProcedureFigures {
  code: string;
  name: string | null;
  received: number;
  handled: number;
  onTime: number;
  /** Points the procedure's dossier indicators lose against their maxima. */
  lost: number;
  /**
   * 2.2 in a unit a person reads: the mean handling time of the dossiers finished (status 9 or
   * 10) in the procedure's own unit (working days, hours…), beside the legal time; null when no
   * dossier finished or the procedure has no legal time.
   */
  averageHandling: { value: number; unit: DurationUnit; finished: number; legal: Duration } | null;
  indicators: IndicatorResult[];
}

/** handling22 is Σ (handling time / legal time) in hundredths of a percent, per finished dossier. */
export function averageHandling(
  t: Pick<DossierTotals, "finished22" | "handling22">,
  legal: Duration | undefined,
): ProcedureFigures["averageHandling"] {
  if (!legal || legal.value <= 0 || t.finished22 === 0) return null;
  const value = Math.round((t.handling22 / 10_000 / t.finished22) * legal.value * 10) / 10;
  return { value, unit: legal.unit, finished: t.finished22, legal };
}

export async function procedureFigures(
  ctx: ReadCtx,
  unit: Unit,
  period: Period,
  asOf?: Date,
): Promise<ProcedureFigures[]> {
  // As things stood at the end of the period (or at asOf), like the unit's index.
  const cut = cutoffOf(ctx, period, asOf);
  const extra = cut ? await correctionAt(ctx, unit.agencies, period, cut) : [];
  const totals = await queryProcedureTotals(ctx.sql, unit.agencies, period.from, period.to, extra);
  const procs = await loadProcedures(ctx.sql, totals.keys(), ctx.procedures ?? catalogProcedure);
  const out: ProcedureFigures[] = [];
  for (const [code, t] of totals) {
    const ratios = dossierRatios(t);
    const idx = assembleIndex({ unit: code, period, level: "procedure", ratios });
    const indicators = idx.indicators.filter((i) => i.id in ratios);
    out.push({
      code,
      name: procs.get(code)?.name ?? null,
      received: t.received,
      handled: t.handled21,
      onTime: t.onTime21,
      lost: round2(indicators.reduce((s, i) => s + (i.denominator ? i.max - i.score : 0), 0)),
      averageHandling: averageHandling(t, procs.get(code)?.duration),
      indicators,
    });
  }
  return out.sort((a, b) => b.lost - a.lost || a.code.localeCompare(b.code));
}
