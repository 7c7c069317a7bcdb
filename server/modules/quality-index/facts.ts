// What one received dossier adds to the reception-day counters, and the totals every dossier-based
// indicator is computed from. Shared by the direct computation and the rollups so both agree.
import type { DossierRecord, ProcedureRecord } from "../../../shared/sync-record.ts";
import { type DossierTotals, RECEPTION_COUNTERS, type ReceptionCounter } from "./counters.ts";
import {
  type DossierFacts,
  INDICATORS,
  type PerProcedureRule,
  type ReceivedRule,
} from "./indicators.ts";
import type { DurationJudge } from "./judge.ts";
import { handlingAt, type Prepared } from "./timeline.ts";

export { type DossierTotals, RECEPTION_COUNTERS, type ReceptionCounter } from "./counters.ts";

/** Counters per procedure whose "at least one" is what counts (3.2, 3.5b, 4.5a). */
export const PER_PROCEDURE: readonly ReceptionCounter[] = [
  ...INDICATORS.flatMap((d) => (d.perProcedure ? [d.perProcedure.den, d.perProcedure.num] : [])),
  "onlineDossier",
];

export function emptyTotals(): DossierTotals {
  return {
    ...zeroCounts(),
    handled21: 0,
    onTime21: 0,
    feedback54: 0,
    procedures: {
      feeBearing: [],
      feePaidOnline: [],
      individual: [],
      individualPopulation: [],
      online: [],
    },
  };
}

/** Fee-bearing: the catalogue lists at least one non-zero fee. */
export function feeBearing(proc: ProcedureRecord | undefined): boolean {
  return !!proc && proc.fees.some((f) => f.amount > 0);
}
/** The dossier's own fee list is non-empty and every amount is 0 (exempted). */
export function feeExempt(d: DossierRecord): boolean {
  return d.fees.length > 0 && d.fees.every((f) => f.amount === 0);
}
export function reachedResult(d: DossierRecord): boolean {
  return (
    d.status === 9 ||
    d.status === 10 ||
    d.events.some((e) => e.type === "handled" || e.type === "result-returned")
  );
}
export function feedbackFlag(d: DossierRecord): boolean {
  return d.feedback.complaint || d.feedback.reaction === "dislike";
}
const INDIVIDUALS = new Set(["citizen", "overseas-vietnamese", "foreigner"]);

export function dossierFacts(d: DossierRecord, proc: ProcedureRecord | undefined): DossierFacts {
  return {
    rec: d,
    proc,
    resultIsDocument: proc?.resultIsDocument ?? false,
    hasResult: d.result !== null,
    reachedResult: reachedResult(d),
    digitised: d.components.some((c) => c.digitized >= 1),
    paidOnline: d.paidOnline === 1 || d.paidOnline === 2,
    feeBearing: feeBearing(proc),
    feeExempt: feeExempt(d),
    individual: !!proc && proc.applicantTypes.some((a) => INDIVIDUALS.has(a)),
    population: d.vneidVerified || d.populationDb,
    fromPersonalStore: d.components.some((c) => c.fromPersonalStore),
  };
}

const RECEIVED_RULES: readonly ReceivedRule[] = INDICATORS.flatMap((d) =>
  d.received ? [d.received] : [],
);
const PER_PROCEDURE_RULES: readonly PerProcedureRule[] = INDICATORS.flatMap((d) =>
  d.perProcedure ? [d.perProcedure] : [],
);

/** Every counter at zero, built once: each dossier's counts are a shallow copy (a fast object). */
const ZERO = Object.freeze(
  Object.fromEntries(RECEPTION_COUNTERS.map((c) => [c, 0])) as Record<ReceptionCounter, number>,
);

export function zeroCounts(): Record<ReceptionCounter, number> {
  return { ...ZERO };
}

/** Contribution of one received dossier to the reception-day counters, as the indicators declare. */
export function receptionCounts(
  p: Prepared,
  proc: ProcedureRecord | undefined,
  judge: DurationJudge,
): Record<ReceptionCounter, number> {
  const f = dossierFacts(p.rec, proc);
  const c = zeroCounts();
  c.received = 1;
  for (const r of RECEIVED_RULES)
    if (!r.counts || r.counts(f)) {
      c[r.den] = 1;
      if (r.passes(f)) c[r.num] = 1;
    }
  for (const r of PER_PROCEDURE_RULES)
    if (r.counts(f)) {
      c[r.den] = 1;
      if (r.passes(f)) c[r.num] = 1;
    }
  c.onlineDossier = p.rec.channel === 2 ? 1 : 0;
  const h22 = handlingShare(p, proc, judge);
  c.finished22 = h22 === null ? 0 : 1;
  c.handling22 = h22 ?? 0;
  return c;
}

/**
 * 2.2: handling time of a finished dossier (status 9 or 10) as hundredths of a percent of its
 * procedure's legal time, measured in the procedure's own unit over the whole record. Null when
 * not finished or not measurable (no procedure, zero duration, no terminal event).
 */
export function handlingShare(
  p: Prepared,
  proc: ProcedureRecord | undefined,
  judge: DurationJudge,
): number | null {
  if (p.rec.status !== 9 && p.rec.status !== 10) return null;
  if (!proc || proc.duration.value <= 0) return null;
  const st = handlingAt(p, proc, judge, Number.POSITIVE_INFINITY);
  if (st.term === null) return null;
  const t = judge.workingTimeBetween(new Date(p.received), new Date(st.end), proc.duration.unit);
  return Math.max(0, Math.round((t / proc.duration.value) * 10_000));
}
