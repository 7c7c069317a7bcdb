// How an adapter reports a call the receiver did not take: `permanent` when sending the same
// message again cannot help (a malformed phone number, an address the relay refuses — it becomes
// a dead letter an administrator reads), otherwise it is retried with backoff, never before the
// receiver's Retry-After. Messages name result codes only, never an address or a number.
import { retryAfterMs } from "../portal-client.ts";

export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent = false,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = "DeliveryError";
  }
}

/** An HTTP answer that is not a success: 5xx, 429, 401/403 (a setting) retried; other 4xx refused. */
export function httpRefusal(
  what: string,
  r: { status: number; retryAfter: string | null },
  code: string,
): DeliveryError {
  const retried = r.status >= 500 || r.status === 429 || r.status === 401 || r.status === 403;
  return new DeliveryError(`${what} ${r.status} ${code}`, !retried, retryAfterMs(r.retryAfter));
}
