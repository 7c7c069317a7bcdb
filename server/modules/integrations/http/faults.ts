// Faults a simulator can be told to play, as real receivers do: `failNext` answers that many
// requests 503 with a Retry-After (an outage); `loseNextAck` takes the message but answers 504
// that many times (the acknowledgement lost on the way back, as behind a gateway that timed out).
import type { JsonAnswer } from "./json-server.ts";

export interface Faults {
  failNext: number;
  loseNextAck: number;
  /** Seconds the outage answer asks to wait (Retry-After). */
  retryAfterSeconds: number;
}

export const noFaults = (): Faults => ({ failNext: 0, loseNextAck: 0, retryAfterSeconds: 2 });

/** The outage answer when one is due, else null. */
export function outage(f: Faults): JsonAnswer | null {
  if (f.failNext <= 0) return null;
  f.failNext--;
  return {
    status: 503,
    json: { error: "service unavailable" },
    headers: { "retry-after": String(f.retryAfterSeconds) },
  };
}

/** The taken message's answer, or a lost acknowledgement when one is due. */
export function acknowledged(f: Faults, answer: JsonAnswer): JsonAnswer {
  if (f.loseNextAck <= 0) return answer;
  f.loseNextAck--;
  return { status: 504, json: { error: "gateway timeout" } };
}
