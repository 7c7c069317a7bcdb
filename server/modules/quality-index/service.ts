// The read side: the index of a unit from the rollups (plus the catalogue and complaint
// indicators), and the direct views over the read model (what costs points, forecast).
import type { ProcedureRecord } from "../../../shared/sync-record.ts";
import type { Sql } from "../../platform/db.ts";
import { certifiedCopiesForIndex } from "../certification/index.ts";
import { complaintsForIndex } from "../feedback/index.ts";
import { recordAsOf } from "./as-of.ts";
import { calendarAddWorkingDays, type JudgeCache } from "./calendar-judge.ts";
import type { ComplaintRecord } from "./complaint-indicators.ts";
import { otherRatios, type UnitData } from "./compute.ts";
import { type CostItem, whatCosts } from "./costs.ts";
import { dayEndMs, type Period, periodDays } from "./days.ts";
import type { DossierTotals } from "./facts.ts";
import { type AtRisk, forecast } from "./forecast.ts";
import {
  catalogProcedure,
  loadProcedures,
  type ProcedureSource,
  proceduresOf,
} from "./procedures.ts";
import { dossierRatios } from "./ratios.ts";
import { movedSince, recordsFor } from "./read-model.ts";
import { queryTotals } from "./repository.ts";
import { changeDelta, mergeDeltas, type RollupDelta } from "./rollup.ts";
import { assembleIndex, type IndexResult } from "./score.ts";
import type { Unit } from "./units.ts";

export interface ReadCtx {
  sql: Sql;
  judges: JudgeCache;
  procedures?: ProcedureSource;
  /** The present (the clock of the server); the running period is computed as of it. */
  now?: () => Date;
}

/**
 * The instant a period's figures are read at: `asOf` when asked, else the end of the period
 * (index-766.md: "Every indicator is computed as things stood at the end of the period … A period
 * not yet over is computed as of now"). Null when that is now or later: today's figures, live.
 */
export function cutoffOf(ctx: ReadCtx, period: Period, asOf?: Date): Date | null {
  const t = asOf ?? new Date(dayEndMs(periodDays(period).E));
  const now = ctx.now?.() ?? new Date();
  return t.getTime() >= now.getTime() ? null : t;
}

/** The instant the period's complaint steps and catalogue versions are read at. */
function eventsCut(period: Period, cut: Date | null): Date {
  const end = dayEndMs(periodDays(period).E);
  return new Date(cut ? Math.min(cut.getTime(), end) : end);
}

/**
 * Dossier totals of the agencies for the period as they stood at `cut`: the rollups hold today's
 * records, so each dossier that moved after `cut` gives back its contribution of today and adds
 * the one of its record as it stood then (as-of.ts). The same rules, one path for every indicator.
 */
export async function totalsAt(
  ctx: ReadCtx,
  agencies: string[],
  period: Period,
  cut: Date | null,
): Promise<DossierTotals> {
  if (!cut) return queryTotals(ctx.sql, agencies, period.from, period.to);
  return queryTotals(
    ctx.sql,
    agencies,
    period.from,
    period.to,
    await correctionAt(ctx, agencies, period, cut),
  );
}

/** Rollup rows that turn today's totals of the period into those as they stood at `cut`. */
export async function correctionAt(
  ctx: ReadCtx,
  agencies: string[],
  period: Period,
  cut: Date,
): Promise<RollupDelta[]> {
  const moved = await movedSince(ctx.sql, agencies, period.to, cut);
  const procs = await loadProcedures(
    ctx.sql,
    moved.map((m) => m.record.procedure),
    ctx.procedures ?? catalogProcedure,
  );
  const judge = await ctx.judges.lookup(
    ctx.sql,
    moved.map((m) => m.record.agency),
  );
  const deltas: RollupDelta[][] = [];
  for (const { record, history } of moved) {
    const then = recordAsOf(record, history, cut.getTime());
    const proc = procs.get(record.procedure);
    deltas.push(
      changeDelta(
        { dossier: record, procedure: proc },
        then && { dossier: then, procedure: proc },
        judge(record.agency),
      ),
    );
  }
  return mergeDeltas(...deltas);
}

/** What the catalogue and complaint indicators of a unit need, loaded once for several periods. */
export interface UnitExtras {
  procedures: ProcedureRecord[];
  complaints: ComplaintRecord[];
  /** 4.6: the register of certified copies of the unit's agencies in the period. */
  certifiedCopies: NonNullable<UnitData["certifiedCopies"]>;
  addWorkingDays: NonNullable<UnitData["addWorkingDays"]>;
  judge: UnitData["judge"];
  /** The instant complaint steps are read at (ms). */
  cutoff: number;
}

export async function unitExtras(
  ctx: ReadCtx,
  unit: Unit,
  span: Period,
  cut: Date | null = null,
): Promise<UnitExtras> {
  const { F } = periodDays(span);
  const cal = await ctx.judges.calendar(ctx.sql, unit.code);
  const judge = await ctx.judges.get(ctx.sql, unit.code);
  const at = eventsCut(span, cut);
  return {
    procedures: await proceduresOf(ctx.sql, unit.agencies, at),
    // Complaints received by the cut-off; their steps are read as of it (complaint-indicators.ts).
    complaints: await complaintsForIndex(
      ctx.sql,
      unit.agencies,
      new Date(dayEndMs(F - 1) + 1),
      new Date(at.getTime() + 1),
      at, // 5.3: the complainant's reaction and any raising again as they stood then
    ),
    // Entries of the register are dated once and never change: cut at the same instant.
    certifiedCopies: await certifiedCopiesForIndex(
      ctx.sql,
      unit.agencies,
      new Date(dayEndMs(F - 1) + 1),
      new Date(at.getTime() + 1),
    ),
    cutoff: at.getTime(),
    addWorkingDays: calendarAddWorkingDays(cal),
    judge,
  };
}

/** The index of a unit for a period: dossier indicators from the rollups, the others direct. */
export async function indexOf(
  ctx: ReadCtx,
  unit: Unit,
  period: Period,
  extras?: UnitExtras,
  asOf?: Date,
): Promise<IndexResult> {
  const cut = cutoffOf(ctx, period, asOf);
  const x = extras ?? (await unitExtras(ctx, unit, period, cut));
  const totals = await totalsAt(ctx, unit.agencies, period, cut);
  const other = otherRatios(
    {
      unit: unit.code,
      level: unit.level,
      period,
      procedureOf: () => undefined,
      ...x,
      cutoff: Math.min(x.cutoff, eventsCut(period, cut).getTime()),
    },
    totals,
  );
  return assembleIndex({
    unit: unit.code,
    period,
    level: unit.level,
    ratios: { ...other, ...dossierRatios(totals) },
  });
}

/** Everything the direct computation of a unit needs, from the read model. */
export async function unitData(
  ctx: ReadCtx,
  unit: Unit,
  period: Period,
  asOf?: Date,
): Promise<UnitData> {
  const cut = cutoffOf(ctx, period, asOf);
  const dossiers = await recordsFor(ctx.sql, unit.agencies, period, cut ?? undefined);
  const procs = await loadProcedures(
    ctx.sql,
    dossiers.map((d) => d.procedure),
    ctx.procedures ?? catalogProcedure,
  );
  const judge = await ctx.judges.lookup(ctx.sql, [unit.code, ...dossiers.map((d) => d.agency)]);
  const x = await unitExtras(ctx, unit, period, cut);
  return {
    unit: unit.code,
    level: unit.level,
    period,
    dossiers,
    procedureOf: (c) => procs.get(c),
    procedures: x.procedures,
    complaints: x.complaints,
    certifiedCopies: x.certifiedCopies,
    addWorkingDays: x.addWorkingDays,
    cutoff: x.cutoff,
    judge,
  };
}

export async function costsOf(
  ctx: ReadCtx,
  unit: Unit,
  period: Period,
  asOf?: Date,
): Promise<CostItem[]> {
  return whatCosts(await unitData(ctx, unit, period, asOf));
}

export async function forecastOf(
  ctx: ReadCtx,
  unit: Unit,
  period: Period,
  now: Date,
  top = 20,
): Promise<{ index: IndexResult; atRisk: AtRisk[] }> {
  return forecast(await unitData(ctx, unit, period), now, top);
}
