// The read side: the index of a unit from the rollups (plus the catalogue and complaint
// indicators), and the direct views over the read model (what costs points, forecast).
import type { ProcedureRecord } from "../../../shared/sync-record.ts";
import type { Sql } from "../../platform/db.ts";
import { certifiedCopiesForIndex } from "../certification/index.ts";
import { complaintsForIndex } from "../feedback/index.ts";
import { calendarAddWorkingDays, type JudgeCache } from "./calendar-judge.ts";
import type { ComplaintRecord } from "./complaint-indicators.ts";
import { otherRatios, type UnitData } from "./compute.ts";
import { type CostItem, whatCosts } from "./costs.ts";
import { dayEndMs, type Period, periodDays } from "./days.ts";
import { type AtRisk, forecast } from "./forecast.ts";
import {
  catalogProcedure,
  loadProcedures,
  type ProcedureSource,
  proceduresOf,
} from "./procedures.ts";
import { dossierRatios } from "./ratios.ts";
import { recordsFor } from "./read-model.ts";
import { queryTotals } from "./repository.ts";
import { assembleIndex, type IndexResult } from "./score.ts";
import type { Unit } from "./units.ts";

export interface ReadCtx {
  sql: Sql;
  judges: JudgeCache;
  procedures?: ProcedureSource;
}

/** What the catalogue and complaint indicators of a unit need, loaded once for several periods. */
export interface UnitExtras {
  procedures: ProcedureRecord[];
  complaints: ComplaintRecord[];
  /** 4.6: the register of certified copies of the unit's agencies in the period. */
  certifiedCopies: NonNullable<UnitData["certifiedCopies"]>;
  addWorkingDays: NonNullable<UnitData["addWorkingDays"]>;
  judge: UnitData["judge"];
}

export async function unitExtras(ctx: ReadCtx, unit: Unit, span: Period): Promise<UnitExtras> {
  const { F, E } = periodDays(span);
  const cal = await ctx.judges.calendar(ctx.sql, unit.code);
  const judge = await ctx.judges.get(ctx.sql, unit.code);
  return {
    procedures: await proceduresOf(ctx.sql, unit.agencies, new Date(dayEndMs(E))),
    complaints: await complaintsForIndex(
      ctx.sql,
      unit.agencies,
      new Date(dayEndMs(F - 1) + 1),
      new Date(dayEndMs(E) + 1),
    ),
    certifiedCopies: await certifiedCopiesForIndex(
      ctx.sql,
      unit.agencies,
      new Date(dayEndMs(F - 1) + 1),
      new Date(dayEndMs(E) + 1),
    ),
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
): Promise<IndexResult> {
  const x = extras ?? (await unitExtras(ctx, unit, period));
  const totals = await queryTotals(ctx.sql, unit.agencies, period.from, period.to);
  const other = otherRatios(
    { unit: unit.code, level: unit.level, period, procedureOf: () => undefined, ...x },
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
export async function unitData(ctx: ReadCtx, unit: Unit, period: Period): Promise<UnitData> {
  const dossiers = await recordsFor(ctx.sql, unit.agencies, period);
  const procs = await loadProcedures(
    ctx.sql,
    dossiers.map((d) => d.procedure),
    ctx.procedures ?? catalogProcedure,
  );
  const judge = await ctx.judges.lookup(ctx.sql, [unit.code, ...dossiers.map((d) => d.agency)]);
  const x = await unitExtras(ctx, unit, period);
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
    judge,
  };
}

export async function costsOf(ctx: ReadCtx, unit: Unit, period: Period): Promise<CostItem[]> {
  return whatCosts(await unitData(ctx, unit, period));
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
