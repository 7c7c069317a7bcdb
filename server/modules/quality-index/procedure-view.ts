// Per-procedure figures of a unit: the dossier-based indicators of each procedure, from the
// rollups, with the points its dossiers lose (those indicators' max − score), most lost first.
import type { Period } from "./days.ts";
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
  indicators: IndicatorResult[];
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
      indicators,
    });
  }
  return out.sort((a, b) => b.lost - a.lost || a.code.localeCompare(b.code));
}
