// Every outgoing call of the citizen's journey (e-mail, SMS, Zalo, the personal data store, the
// postal service) leaves through the platform's outbox (platform/outbox.ts), like the national
// portal's sync: sendLater writes one message in the transaction of the change that causes it,
// so the call exists exactly when the change does; the outbox worker delivers each channel with
// backoff, the receiver's Retry-After, and dead letters an administrator reads and resends.
// A message's subject is its idempotency key (the receiver's request id, tracking id, order
// number), so a retry after a lost acknowledgement is recognised by the receiver.
import type { Clock } from "../../platform/clock.ts";
import type { Sql } from "../../platform/db.ts";
import {
  enqueueFirstMessage,
  type OutboxChannel,
  type OutboxMessage,
} from "../../platform/outbox.ts";
import { DeliveryError } from "../integrations/index.ts";

export const OUT_CHANNELS = ["email", "sms", "zalo", "personal-store", "post"] as const;
export type OutChannel = (typeof OUT_CHANNELS)[number];

/**
 * Sends `payload` on `channel` once the caller's transaction commits; `key` makes it idempotent:
 * the same key again sends nothing more. The outbox message's id, or null when already written.
 */
export async function sendLater(
  tx: Sql,
  clock: Clock,
  channel: OutChannel,
  key: string,
  payload: Record<string, unknown>,
): Promise<number | null> {
  return enqueueFirstMessage(tx, channel, key, payload, clock.now());
}

/** Delivers one message; the receiver's reference, or throws (a DeliveryError says whether it may be retried). */
export type SendOne = (m: OutboxMessage) => Promise<string>;

/** A batch is sent one call at a time for at most this long; the rest waits for the next batch. */
const BATCH_BUDGET_MS = 15_000;

/**
 * A destination that takes one message per call, as an outbox channel: messages go in order; a
 * refusal for good becomes a dead letter; any other failure of the first message retries the
 * batch with backoff (and Retry-After), of a later one ends the batch with what was accepted.
 */
export function deliveryChannel(
  name: OutChannel,
  o: { enabled: boolean; sendOne: SendOne; onAccepted?: OutboxChannel["onAccepted"] },
): OutboxChannel {
  return {
    name,
    maxBatch: 10,
    coalesces: false,
    timeoutMs: 2 * BATCH_BUDGET_MS,
    enabled: o.enabled,
    onAccepted: o.onAccepted,
    async send(batch) {
      const started = Date.now();
      const accepted: { subject: string; revision: number; receipt: string }[] = [];
      const rejected: { subject: string; revision: number; reason: string }[] = [];
      for (const m of batch.messages) {
        if (Date.now() - started > BATCH_BUDGET_MS) break;
        try {
          accepted.push({ subject: m.subject, revision: m.revision, receipt: await o.sendOne(m) });
        } catch (e) {
          const err = e instanceof DeliveryError ? e : new DeliveryError((e as Error).message);
          if (err.permanent) {
            rejected.push({ subject: m.subject, revision: m.revision, reason: err.message });
            continue;
          }
          if (!accepted.length && !rejected.length)
            return { ok: false, error: err.message, retryAfterMs: err.retryAfterMs };
          break;
        }
      }
      return { ok: true, accepted, rejected };
    },
  };
}

/** Where a notice or a result delivery stands, from its outbox message (or its acknowledgement). */
export interface DeliveryState {
  status: "queued" | "sent" | "failed";
  attempts: number;
  lastError: string | null;
}

/** SQL columns for the state of rows joined as `o` with the outbox (LEFT JOIN outbox o ON o.id = x.outbox_id). */
export const OUTBOX_STATE_COLUMNS = "o.state AS outbox_state, o.attempts, o.last_error, o.reason";

export function deliveryState(
  done: boolean,
  r: {
    outbox_state: string | null;
    attempts: number | null;
    last_error: string | null;
    reason: string | null;
  },
): DeliveryState {
  if (done) return { status: "sent", attempts: Number(r.attempts ?? 0), lastError: null };
  if (r.outbox_state === "dead")
    return { status: "failed", attempts: Number(r.attempts ?? 0), lastError: r.reason };
  return { status: "queued", attempts: Number(r.attempts ?? 0), lastError: r.last_error };
}
