// Additive rollups: what one dossier contributes to counters keyed by (agency, procedure, day),
// and the dossier-based totals of any unit and period computed from those counters alone.
//
// Three kinds of counter, told apart by how a period [F, E] sums them:
//   range  (day in [F, E])         reception-day counters, and 2.1 facts of dossiers that finish
//   state  (day ≤ E, all history)  2.1 facts of unfinished dossiers (+1 when the state starts, −1 after)
//   pair   (day ≥ F and day2 ≤ E)  rare: a finished dossier whose 2.1 state changes after it finished
import type { DossierRecord, ProcedureRecord } from "../../../shared/sync-record.ts";
import { type DayNo, formatDay, type Period, parseDay, periodDays } from "./days.ts";
import { procedureSets } from "./dossier-indicators.ts";
import {
  type DossierTotals,
  emptyTotals,
  feedbackFlag,
  PER_PROCEDURE,
  RECEPTION_COUNTERS,
  type ReceptionCounter,
  receptionCounts,
} from "./facts.ts";
import type { DurationJudge } from "./judge.ts";
import { pieces } from "./pieces.ts";
import { dossierRatios, type Ratio } from "./ratios.ts";
import { assembleIndex, type IndexResult, type UnitLevel } from "./score.ts";
import { prepare } from "./timeline.ts";

export const HANDLED_COUNTERS = ["h21", "ot21", "fb54"] as const;
export const STATE_COUNTERS = ["h21Open", "ot21Open", "fb54Open"] as const;
/** Columns of a day row (day2 null). Pair rows (day2 set) carry HANDLED_COUNTERS only. */
export const ROLLUP_COUNTERS = [
  ...RECEPTION_COUNTERS,
  ...HANDLED_COUNTERS,
  ...STATE_COUNTERS,
] as const;
export type RollupCounter = (typeof ROLLUP_COUNTERS)[number];

export interface RollupDelta {
  agency: string;
  procedure: string;
  /** YYYY-MM-DD, Vietnam day. */
  day: string;
  /** Second day of a pair row; null for a day row. */
  day2: string | null;
  counts: Partial<Record<RollupCounter, number>>;
}

/**
 * Receives what one dossier adds: n to counter ROLLUP_COUNTERS[k] of the row (day, day2) of the
 * dossier's (agency, procedure). The same calls feed the incremental deltas and the rebuild.
 */
export interface RollupSink {
  add(day: DayNo, day2: DayNo | null, k: number, n: number): void;
}

const STATE_AT = ROLLUP_COUNTERS.indexOf(STATE_COUNTERS[0]);
const HANDLED_AT = ROLLUP_COUNTERS.indexOf(HANDLED_COUNTERS[0]);
const W = [0, 0, 0];

/** Writes the contribution of one dossier to `sink`; false (nothing written) when never received. */
export function contribute(
  dossier: DossierRecord,
  procedure: ProcedureRecord | undefined,
  judge: DurationJudge,
  sink: RollupSink,
): boolean {
  const p = prepare(dossier);
  if (!p) return false;
  const rc = receptionCounts(p, procedure, judge);
  for (let k = 0; k < RECEPTION_COUNTERS.length; k++) {
    const n = rc[RECEPTION_COUNTERS[k]];
    if (n !== 0) sink.add(p.receivedDay, null, k, n);
  }
  const flag = feedbackFlag(dossier) ? 1 : 0;
  for (const pc of pieces(p, procedure, judge)) {
    W[0] = 1;
    W[1] = pc.onTime ? 1 : 0;
    W[2] = flag;
    for (let i = 0; i < 3; i++) {
      const w = W[i];
      if (w === 0) continue;
      if (pc.mu === null) {
        // Unfinished: counts for every E in [a, b] whatever F is.
        sink.add(pc.a, null, STATE_AT + i, w);
        if (pc.b !== null) sink.add(pc.b + 1, null, STATE_AT + i, -w);
      } else {
        // Finished by mu: counts for E in [a, b] when F ≤ mu; written as [F ≤ mu][a ≤ E] − [F ≤ mu][b+1 ≤ E].
        finished(sink, pc.mu, pc.a, HANDLED_AT + i, w);
        if (pc.b !== null) finished(sink, pc.mu, pc.b + 1, HANDLED_AT + i, -w);
      }
    }
  }
  return true;
}

/** w × [F ≤ mu][sigma ≤ E], with mu ≤ sigma: a range counter at mu when they are equal. */
function finished(sink: RollupSink, mu: DayNo, sigma: DayNo, k: number, w: number): void {
  sink.add(mu, sigma === mu ? null : sigma, k, w);
}

/** The contribution of one dossier (empty when it was never received). */
export function contribution(
  dossier: DossierRecord,
  procedure: ProcedureRecord | undefined,
  judge: DurationJudge,
): RollupDelta[] {
  const acc = new Acc(dossier.agency, dossier.procedure);
  contribute(dossier, procedure, judge, acc);
  return acc.deltas();
}

class Acc implements RollupSink {
  private m = new Map<string, RollupDelta>();
  constructor(
    private agency: string,
    private procedure: string,
  ) {}
  add(day: DayNo, day2: DayNo | null, k: number, n: number): void {
    if (n === 0) return;
    const key = `${day}|${day2}`;
    let d = this.m.get(key);
    if (!d) {
      d = {
        agency: this.agency,
        procedure: this.procedure,
        day: formatDay(day),
        day2: day2 === null ? null : formatDay(day2),
        counts: {},
      };
      this.m.set(key, d);
    }
    const c = ROLLUP_COUNTERS[k];
    d.counts[c] = (d.counts[c] ?? 0) + n;
  }
  deltas(): RollupDelta[] {
    return mergeDeltas([...this.m.values()]);
  }
}

/** Sums deltas with the same key and drops zeros; sorted by key. (Hot in the recompute: plain loops.) */
export function mergeDeltas(...lists: RollupDelta[][]): RollupDelta[] {
  const m = new Map<string, { d: RollupDelta; c: Record<string, number> }>();
  for (const list of lists)
    for (const d of list) {
      const key = `${d.agency}\u0000${d.procedure}\u0000${d.day}\u0000${d.day2 ?? ""}`;
      let cur = m.get(key);
      if (!cur) {
        cur = { d, c: {} };
        m.set(key, cur);
      }
      const src = d.counts as Record<string, number | undefined>;
      for (const k in src) cur.c[k] = (cur.c[k] ?? 0) + (src[k] ?? 0);
    }
  const keys = [...m.keys()].sort();
  const out: RollupDelta[] = [];
  for (const key of keys) {
    const { d, c } = m.get(key)!;
    const counts: Partial<Record<RollupCounter, number>> = {};
    let any = false;
    for (const k in c)
      if (c[k] !== 0) {
        counts[k as RollupCounter] = c[k];
        any = true;
      }
    if (any) out.push({ ...d, counts });
  }
  return out;
}

export function negate(deltas: RollupDelta[]): RollupDelta[] {
  return deltas.map((d) => ({
    ...d,
    counts: Object.fromEntries(Object.entries(d.counts).map(([k, n]) => [k, -(n ?? 0)])),
  }));
}

/** Incremental update: subtract the old contribution, add the new one (either may be absent). */
export function changeDelta(
  before: { dossier: DossierRecord; procedure: ProcedureRecord | undefined } | null,
  after: { dossier: DossierRecord; procedure: ProcedureRecord | undefined } | null,
  judge: DurationJudge,
): RollupDelta[] {
  const old = before ? contribution(before.dossier, before.procedure, judge) : [];
  const now = after ? contribution(after.dossier, after.procedure, judge) : [];
  return mergeDeltas(negate(old), now);
}

/** Dossier-based totals of the unit whose rollup rows are given, for [from, to]. */
export function totalsFromRollups(rows: Iterable<RollupDelta>, period: Period): DossierTotals {
  const { F, E } = periodDays(period);
  const t = emptyTotals();
  const perProc = new Map<string, Partial<Record<ReceptionCounter, number>>>();
  addRollupRows(t, perProc, rows, F, E);
  t.procedures = procedureSets(perProc);
  return t;
}

/** Adds rollup rows to totals of [F, E] (the "at least one" sets are left to the caller). */
export function addRollupRows(
  t: DossierTotals,
  perProc: Map<string, Partial<Record<ReceptionCounter, number>>>,
  rows: Iterable<RollupDelta>,
  F: DayNo,
  E: DayNo,
): void {
  for (const row of rows) {
    const day = parseDay(row.day);
    const c = row.counts;
    if (row.day2 !== null) {
      if (day >= F && parseDay(row.day2) <= E) addHandled(t, c.h21, c.ot21, c.fb54);
      continue;
    }
    if (day > E) continue;
    addHandled(t, c.h21Open, c.ot21Open, c.fb54Open);
    if (day < F) continue;
    addHandled(t, c.h21, c.ot21, c.fb54);
    for (const k of RECEPTION_COUNTERS) t[k] += c[k] ?? 0;
    const acc = perProc.get(row.procedure) ?? {};
    for (const k of PER_PROCEDURE) acc[k] = (acc[k] ?? 0) + (c[k] ?? 0);
    perProc.set(row.procedure, acc);
  }
}

function addHandled(t: DossierTotals, h = 0, ot = 0, fb = 0): void {
  t.handled21 += h;
  t.onTime21 += ot;
  t.feedback54 += fb;
}

/** The index from rollup rows alone; `other` holds the non-dossier ratios (procedures, complaints). */
export function indexFromRollups(
  rows: Iterable<RollupDelta>,
  period: Period,
  opts: { unit?: string; level?: UnitLevel; other?: Record<string, Ratio> } = {},
): IndexResult {
  const ratios = { ...(opts.other ?? {}), ...dossierRatios(totalsFromRollups(rows, period)) };
  return assembleIndex({ unit: opts.unit ?? "", period, level: opts.level ?? "province", ratios });
}
