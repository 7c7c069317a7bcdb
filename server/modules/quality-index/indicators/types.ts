// The shape of an indicator's declaration (../indicators.ts lists them all).
import type { DossierRecord, ProcedureRecord } from "../../../../shared/sync-record.ts";
import type { DossierTotals, ReceptionCounter } from "../counters.ts";
import type { Ratio } from "../fraction.ts";
import type { HandlingState } from "../timeline.ts";

/** Vietnamese first, English second. */
export type Text = readonly [vi: string, en: string];

export type Scoring = { kind: "linear" } | { kind: "threshold"; threshold: number };

/** What a unit can do about an indicator's loss. */
export interface Advice {
  /** The indicator has no denominator: the data it is computed from is missing. */
  missing: Text;
  /** Some records fall short of the indicator. */
  short: Text;
}

/** What the indicator declarations (indicators.ts) ask of one received dossier. */
export interface DossierFacts {
  rec: DossierRecord;
  proc: ProcedureRecord | undefined;
  resultIsDocument: boolean;
  /** A result code and file. */
  hasResult: boolean;
  /** Reached handled or result-returned. */
  reachedResult: boolean;
  /** At least one component digitised (1, 2 or 3). */
  digitised: boolean;
  /** Paid on the national portal (1) or the province's gateway (2). */
  paidOnline: boolean;
  /** The procedure's catalogue fees are not all 0. */
  feeBearing: boolean;
  feeExempt: boolean;
  /** The procedure's applicants are individuals. */
  individual: boolean;
  /** Authenticated by VNeID or filled from the population database. */
  population: boolean;
  /** At least one component taken from the citizen's store on the national portal. */
  fromPersonalStore: boolean;
}

/** Counted over each dossier received in the period: received(P). */
export interface ReceivedRule {
  /** Rollup counters of the denominator and the numerator. */
  den: ReceptionCounter;
  num: ReceptionCounter;
  /** Whether the dossier is in the denominator; omitted: every received dossier is. */
  counts?: (f: DossierFacts) => boolean;
  /** Whether a counted dossier is in the numerator. */
  passes: (f: DossierFacts) => boolean;
  /** Why a counted dossier that does not pass costs points (omitted for tracking indicators). */
  why?: (f: DossierFacts) => Text;
}

/** Counted over procedures: a procedure counts, or passes, with at least one such dossier. */
export interface PerProcedureRule {
  den: ReceptionCounter;
  num: ReceptionCounter;
  /** The unit's procedure sets (DossierTotals.procedures) of the denominator and numerator. */
  sets: readonly [den: ProcedureSet, num: ProcedureSet];
  counts: (f: DossierFacts) => boolean;
  passes: (f: DossierFacts) => boolean;
  why: Text;
}

export type ProcedureSet = keyof DossierTotals["procedures"];

/** Why a procedure of the unit's catalogue falls short of an indicator (procedure-indicators.ts). */
export type ProcedureShortfall =
  | { kind: "no-effective-date" }
  | { kind: "announced-late"; leadDays: number }
  | { kind: "published-late"; withinDays: number }
  | { kind: "unpublished" }
  | { kind: "missing-parts"; parts: readonly { vi: string; en: string }[] }
  | { kind: "zero-fees" };

/** A dossier of handled(P) as judged at the period end (2.1, 5.4). */
export interface HandledFacts {
  rec: DossierRecord;
  proc: ProcedureRecord | undefined;
  lateReason: HandlingState["lateReason"];
  feedback: boolean;
}

export interface IndicatorDeclaration {
  id: string;
  group: string;
  vi: string;
  en: string;
  /** Maximum points; 0 for tracking-only indicators. */
  max: number;
  scoring: Scoring;
  /** Scored only for a province (other units report it with max 0). */
  provinceOnly?: boolean;
  /** Legal basis of the rule. */
  basis: string;
  advice?: Advice;
  /** Counted over received dossiers: the rate is num / den of the unit's totals. */
  received?: ReceivedRule;
  /** Counted over procedures with dossiers in the period. */
  perProcedure?: PerProcedureRule;
  /** The dossier-based rate from a unit's totals, where it is not plain num / den. */
  rate?: (t: DossierTotals) => Ratio;
  /** Why a dossier of handled(P) costs points here (none when it does not). */
  handled?: (h: HandledFacts) => Text[];
  /** Why a complaint of the period costs points here, given why it was late (if it was). */
  complaint?: (lateReason: string) => Text;
  /** Why a catalogue procedure costs points here. */
  procedure?: (s: ProcedureShortfall) => Text;
  /** Counted from catalogue or register records by the named file (not from dossiers). */
  counted?: string;
}

export const lin: Scoring = { kind: "linear" };
export const thr = (threshold: number): Scoring => ({ kind: "threshold", threshold });
