// Direct computation of the dossier-based indicators of Decision 766/QĐ-TTg over raw dossier
// records ("Dossier-based indicators, precisely"). The rollups must give exactly these numbers.
import type { DossierRecord, ProcedureRecord } from "../../../shared/sync-record.ts";
import { dayEndMs, type Period, periodDays } from "./days.ts";
import {
  type DossierTotals,
  emptyTotals,
  feedbackFlag,
  PER_PROCEDURE,
  RECEPTION_COUNTERS,
  type ReceptionCounter,
  receptionCounts,
  zeroCounts,
} from "./facts.ts";
import { INDICATORS } from "./indicators.ts";
import { type JudgeFor, judgeOf } from "./judge.ts";
import { handlingAt, inHandled, prepare } from "./timeline.ts";

export type ProcedureLookup = (code: string) => ProcedureRecord | undefined;

export function lookupOf(procedures: Iterable<ProcedureRecord>): ProcedureLookup {
  const m = new Map<string, ProcedureRecord>();
  for (const p of procedures) m.set(p.code, p);
  return (code) => m.get(code);
}

/** Totals for the dossiers of a unit (already filtered to it) over [from, to]. */
export function dossierTotals(
  period: Period,
  dossiers: Iterable<DossierRecord>,
  procedureOf: ProcedureLookup,
  judges: JudgeFor,
): DossierTotals {
  const { F, E } = periodDays(period);
  const t = emptyTotals();
  const perProc = new Map<string, Record<ReceptionCounter, number>>();
  for (const d of dossiers) {
    const p = prepare(d);
    if (!p || p.receivedDay > E) continue;
    const proc = procedureOf(d.procedure);
    const judge = judgeOf(judges, d.agency);
    const st = handlingAt(p, proc, judge, dayEndMs(E));
    if (inHandled(p, st, F, E)) {
      t.handled21++;
      if (st.onTime) t.onTime21++;
      if (feedbackFlag(d)) t.feedback54++;
    }
    if (p.receivedDay < F) continue;
    const c = receptionCounts(p, proc, judge);
    for (const k of RECEPTION_COUNTERS) t[k] += c[k];
    const acc = perProc.get(d.procedure) ?? zeroCounts();
    for (const k of PER_PROCEDURE) acc[k] += c[k];
    perProc.set(d.procedure, acc);
  }
  t.procedures = procedureSets(perProc);
  return t;
}

/** The "at least one dossier" procedure sets (3.2, and those the indicators declare), sorted by code. */
export function procedureSets(
  perProc: Map<string, Partial<Record<ReceptionCounter, number>>>,
): DossierTotals["procedures"] {
  const pick = (k: ReceptionCounter) =>
    [...perProc.entries()]
      .filter(([, c]) => (c[k] ?? 0) > 0)
      .map(([code]) => code)
      .sort();
  const sets = emptyTotals().procedures;
  for (const d of INDICATORS)
    if (d.perProcedure) {
      const [den, num] = d.perProcedure.sets;
      sets[den] = pick(d.perProcedure.den);
      sets[num] = pick(d.perProcedure.num);
    }
  sets.online = pick("onlineDossier");
  return sets;
}
