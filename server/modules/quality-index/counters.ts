// The counters the dossier-based indicators are computed from: one column each in the rollup
// table (see the migrations), summed over a unit and period into its totals.

/** Counters keyed by the dossier's reception day (summed over the days of the period). */
export const RECEPTION_COUNTERS = [
  "received", // 1.4, 3.3, 4.2–4.5b denominators
  "synced", // 1.4
  "online33", // 3.3: channel 2 and (result not a document, or an electronic result)
  "fullEligible", // 3.4 denominator
  "fullOnline", // 3.4 numerator
  "fee36Den", // 3.6 denominator
  "fee36Num", // 3.6 numerator
  "res41Den", // 4.1 denominator
  "res41Num", // 4.1 numerator
  "digitised42", // 4.2 numerator
  "reuse43", // 4.3
  "personal44", // 4.4
  "population45b", // 4.5b
  "finished22", // 2.2 denominator
  "handling22", // 2.2: Σ handling time as hundredths of a percent of the legal time
  "feeProc", // 3.5b: dossiers of a fee-bearing procedure (per procedure)
  "feeProcPaid", // 3.5b: of those, paid online
  "individualProc", // 4.5a: dossiers of a procedure for individuals (per procedure)
  "individualProcPop", // 4.5a: of those, VNeID or population database
  "onlineDossier", // 3.2: channel-2 dossiers (per procedure)
] as const;
export type ReceptionCounter = (typeof RECEPTION_COUNTERS)[number];

/** Totals of a unit and period from which the dossier-based indicators follow. */
export type DossierTotals = Record<ReceptionCounter, number> & {
  handled21: number; // 2.1 denominator: handled(P)
  onTime21: number; // 2.1 numerator
  feedback54: number; // 5.4: dossiers of handled(P) with a complaint or a dislike
  procedures: {
    feeBearing: string[]; // 3.5b denominator
    feePaidOnline: string[]; // 3.5b numerator
    individual: string[]; // 4.5a denominator
    individualPopulation: string[]; // 4.5a numerator
    online: string[]; // 3.2: procedures with ≥ 1 online dossier
  };
};
