// Every outgoing call of the citizen's journey (e-mail, SMS, Zalo, the personal data store, the
// postal service) goes through sendLater: recorded in the transaction of the change that causes
// it, so it exists exactly when the change does, then sent by the worker with retries and
// backoff. Today it rides the table-backed job queue; moving it onto the platform's outbox
// changes this function and the handler below only.
import type { Clock } from "../../platform/clock.ts";
import type { Sql } from "../../platform/db.ts";
import { enqueue, type JobHandler } from "../../platform/jobs.ts";

export const SEND_JOB = "citizen.send";

export type OutChannel = "email" | "sms" | "zalo" | "personal-store" | "post";

export interface Outgoing {
  channel: OutChannel;
  key: string;
  payload: Record<string, unknown>;
}

/** Sends `payload` on `channel` once the caller's transaction commits; `key` makes it idempotent. */
export async function sendLater(
  tx: Sql,
  clock: Clock,
  channel: OutChannel,
  key: string,
  payload: Record<string, unknown>,
): Promise<string> {
  return enqueue(tx, clock, SEND_JOB, { channel, key, payload } satisfies Outgoing, {
    id: `send:${channel}:${key}`,
    maxAttempts: 8,
  });
}

/** Delivers one outgoing message; throws to be retried (the error names no personal data). */
export type Sender = (
  out: Outgoing,
  ctx: { tx: Sql; clock: Clock; attempt: number; jobId: string },
) => Promise<void>;

export function sendHandler(senders: Partial<Record<OutChannel, Sender>>): JobHandler {
  return async (payload, ctx) => {
    const out = payload as Outgoing;
    const send = senders[out.channel];
    if (!send) throw new Error(`no sender for channel ${out.channel}`);
    await send(out, ctx);
  };
}
