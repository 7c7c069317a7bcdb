// One verdict on a dossier's timeliness, computed by the server and shown as it is by the web.
// Decision 766/QĐ-TTg indicator 2.1: late when the end of handling (now while open) is after the
// original appointment, or when more than one supplement was requested; Decree 118/2025/NĐ-CP:
// a late dossier gets a signed apology (Form 04) with a new appointment, set once.
export const VERDICTS = [
  "none",
  "in-time",
  "due-soon",
  "due-today",
  "paused",
  "late",
  "late-apologised",
  "on-time",
  "finished-late",
  "finished-late-apologised",
] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface Timeliness {
  verdict: Verdict;
  /** Late in the index's sense (against the original appointment). */
  late: boolean;
  /** Why it counts as late: past the appointment, or a second supplement request. */
  lateReason: "past-due" | "second-supplement" | null;
  /** The head's signed apology gave a new appointment. */
  apologised: boolean;
  /** Days late (late verdicts) or days left (in-time, due-soon), in whole calendar days. */
  days: number;
}

/** Verdicts that call for an explanation and an apology still missing. */
export const NEEDS_APOLOGY: ReadonlySet<Verdict> = new Set(["late", "finished-late"]);
