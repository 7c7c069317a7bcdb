// The outbox: every call the system makes to another system leaves from here.
//
// API
// - `enqueueMessage(tx, channel, subject, payload, at)` — inside the transaction of the change
//   that causes the call: one row, committed or rolled back with the change. `subject` is what
//   order is kept for (a dossier code): each subject's messages get revisions 1, 2, 3, … and are
//   delivered in that order, the latest one standing for the ones before it when the channel
//   `coalesces` (a sync record carries the whole state, so only the newest needs to travel).
// - `OutboxChannel` — one per destination (the national portal now; e-mail, SMS, the payment
//   gateway, post later): a `send(batch)` that speaks the destination's protocol and answers
//   which messages were accepted and which refused (or that the whole batch must be retried,
//   with the receiver's Retry-After), and an optional `onAccepted(tx, messages, at)` run in the
//   transaction that records the acknowledgement.
// - `OutboxWorker` (outbox-delivery.ts) — delivers every channel: claims a channel with
//   FOR UPDATE SKIP LOCKED and a lease (one batch in flight per channel, so order holds across
//   processes), keeps the batch and its idempotency key in the database before sending (a retry,
//   or a restart after a crash, resends the same batch with the same key), retries with
//   exponential backoff and jitter (1 s doubling, capped at 5 min, never sooner than Retry-After).
// - Dead letters (outbox-admin.ts) — a message the receiver refused stays with its reason;
//   `deadLetters`, `fixDeadLetter` (edit its payload), `resendDeadLetter` (back in the queue, or
//   closed when a newer revision of its subject went since), and `outboxStatus` (backlog, oldest
//   undelivered change, deliveries per minute, last error) for the administrator.
import type { Sql } from "./db.ts";

export interface OutboxMessage {
  id: number;
  channel: string;
  subject: string;
  revision: number;
  payload: unknown;
  createdAt: Date;
  /** The receiver's own reference for an accepted message (a message id, a receipt, an item code). */
  receipt?: string;
}

export interface Batch {
  /** Idempotency key: unique per batch, the same on every retry of it. */
  key: string;
  channel: string;
  /** 1 on the first try. */
  attempt: number;
  messages: OutboxMessage[];
}

export interface Refusal {
  subject: string;
  revision: number;
  reason: string;
}

/** What a channel's `send` reports. */
export type SendOutcome =
  | {
      ok: true;
      accepted: { subject: string; revision: number; receipt?: string }[];
      rejected: Refusal[];
    }
  | { ok: false; error: string; retryAfterMs?: number };

export interface OutboxChannel {
  name: string;
  /** Largest batch (default 500). */
  maxBatch?: number;
  /** Send only each subject's latest revision in a batch (default true). */
  coalesces?: boolean;
  /** How long a send may take; a worker's claim on the channel outlives it (default 10 s). */
  timeoutMs?: number;
  /** False when the destination is not configured: messages wait, nothing is sent. */
  enabled?: boolean;
  send(batch: Batch): Promise<SendOutcome>;
  /** Runs in the transaction that records the acknowledgement. */
  onAccepted?(tx: Sql, accepted: OutboxMessage[], at: Date): Promise<void>;
}

/**
 * Writes one message in the caller's transaction; returns its id and its subject's new revision.
 * The subject's revision row is locked until the commit, so revisions follow commit order.
 */
export async function enqueueMessage(
  tx: Sql,
  channel: string,
  subject: string,
  payload: unknown,
  at: Date,
): Promise<{ id: number; revision: number }> {
  const r = await tx.query<{ id: number; revision: number }>(
    `WITH r AS (
       INSERT INTO outbox_subjects (channel, subject, revision) VALUES ($1, $2, 1)
       ON CONFLICT (channel, subject) DO UPDATE SET revision = outbox_subjects.revision + 1
       RETURNING revision)
     INSERT INTO outbox (channel, subject, revision, payload, created_at)
     SELECT $1, $2, r.revision, $3, $4 FROM r RETURNING id, revision`,
    [channel, subject, JSON.stringify(payload), at],
  );
  return r.rows[0];
}

/**
 * Writes the subject's first message, in one statement; nothing when the subject has a message
 * already (an idempotency key seen before). The message's id, or null when nothing was written.
 */
export async function enqueueFirstMessage(
  tx: Sql,
  channel: string,
  subject: string,
  payload: unknown,
  at: Date,
): Promise<number | null> {
  const r = await tx.query<{ id: number }>(
    `WITH r AS (
       INSERT INTO outbox_subjects (channel, subject, revision) VALUES ($1, $2, 1)
       ON CONFLICT (channel, subject) DO NOTHING
       RETURNING revision)
     INSERT INTO outbox (channel, subject, revision, payload, created_at)
     SELECT $1, $2, r.revision, $3, $4 FROM r RETURNING id`,
    [channel, subject, JSON.stringify(payload), at],
  );
  return r.rows[0] ? r.rows[0].id : null;
}

/**
 * Writes one message per subject (subjects distinct) in one statement, as enqueueMessage does
 * for each: the subjects' revision rows are taken in subject order, so concurrent writers never
 * deadlock; ids follow the order given.
 */
export async function enqueueMessages(
  tx: Sql,
  channel: string,
  messages: readonly { subject: string; payload: unknown }[],
  at: Date,
): Promise<void> {
  if (!messages.length) return;
  await tx.query(
    `WITH m AS (
       SELECT * FROM unnest($2::text[], $3::jsonb[]) WITH ORDINALITY AS m(subject, payload, n)),
     r AS (
       INSERT INTO outbox_subjects (channel, subject, revision)
       SELECT $1, subject, 1 FROM m ORDER BY subject
       ON CONFLICT (channel, subject) DO UPDATE SET revision = outbox_subjects.revision + 1
       RETURNING subject, revision)
     INSERT INTO outbox (channel, subject, revision, payload, created_at)
     SELECT $1, m.subject, r.revision, m.payload, $4 FROM m JOIN r USING (subject) ORDER BY m.n`,
    [channel, messages.map((m) => m.subject), messages.map((m) => JSON.stringify(m.payload)), at],
  );
}

/** Exponential backoff with jitter: 1 s doubling, capped at 5 min, never before Retry-After. */
export function retryDelayMs(attempt: number, retryAfterMs = 0, random = Math.random): number {
  const base = Math.min(300_000, 1000 * 2 ** Math.max(0, attempt - 1));
  const jittered = base / 2 + (random() * base) / 2;
  return Math.max(Math.round(jittered), retryAfterMs);
}

// biome-ignore lint/suspicious/noExplicitAny: a database row.
export function messageFromRow(r: Record<string, any>): OutboxMessage {
  return {
    id: Number(r.id),
    channel: r.channel,
    subject: r.subject,
    revision: r.revision,
    payload: typeof r.payload === "string" ? JSON.parse(r.payload) : r.payload,
    createdAt: r.created_at instanceof Date ? r.created_at : new Date(r.created_at),
  };
}
