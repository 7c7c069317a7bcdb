// A small benchmark harness: each figure is measured beside a baseline in the same run and
// reported as a ratio, so the numbers hold when the machine's speed drifts.
export interface Figure {
  name: string;
  value: number;
  unit: string;
  goal?: string;
  baseline?: { name: string; value: number };
  /** value / baseline.value */
  ratio?: number;
  met?: boolean;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

export const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

export function withBaseline(f: Omit<Figure, "ratio">): Figure {
  return f.baseline ? { ...f, ratio: round(f.value / f.baseline.value, 3) } : f;
}

/**
 * Sends requests at a fixed rate (open loop: late requests are not skipped, so queueing shows in
 * the latencies) for `seconds`, and returns the sorted latencies in ms.
 */
export async function paced(
  rate: number,
  seconds: number,
  send: () => Promise<void>,
): Promise<number[]> {
  const total = Math.round(rate * seconds);
  const lat: number[] = [];
  const start = performance.now();
  const inflight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    inflight.push(
      send().then(() => {
        lat.push(performance.now() - due);
      }),
    );
  }
  await Promise.all(inflight);
  return lat.sort((a, b) => a - b);
}
