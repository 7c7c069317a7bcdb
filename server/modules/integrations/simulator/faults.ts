// Failures the simulated portal injects on purpose, as a real one fails: server errors, rate
// limiting with Retry-After, calls that hang past the sender's timeout, and answers lost after the
// batch was applied (the sender must retry with the same key and get the same answer back).
export const FAULT_KINDS = ["error", "rate-limit", "timeout", "lost-answer"] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultSettings {
  /** Share of sync calls that fail, 0–1. */
  failRate: number;
  kinds: FaultKind[];
  /** How long a "timeout" call hangs before answering 504. */
  hangMs: number;
  /** Retry-After, in seconds, sent with a 429. */
  retryAfterS: number;
  /** Extra delay on every call. */
  slowMs: number;
}

export const DEFAULT_FAULTS: FaultSettings = {
  failRate: 0,
  kinds: [...FAULT_KINDS],
  hangMs: 12_000,
  retryAfterS: 1,
  slowMs: 0,
};

export type FaultCounts = Record<FaultKind, number>;

/**
 * The fault for call number `n` (0-based), or null: exactly a `failRate` share of calls fail,
 * spread evenly (with 1/3, every third call), the kinds taken in turn.
 */
export function pickFault(s: FaultSettings, counts: FaultCounts, n: number): FaultKind | null {
  if (!s.kinds.length || s.failRate <= 0) return null;
  if (Math.floor((n + 1) * s.failRate) === Math.floor(n * s.failRate)) return null;
  const k = s.kinds[Math.floor(n * s.failRate) % s.kinds.length];
  counts[k]++;
  return k;
}
