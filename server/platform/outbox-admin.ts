// What an administrator sees of a channel of the outbox (outbox.ts), and what they may do with a
// refused message: read it, fix its payload, send it again.
import type { Sql } from "./db.ts";
import { notFound } from "./errors.ts";
import { messageFromRow, type OutboxMessage } from "./outbox.ts";

export interface ChannelStatus {
  channel: string;
  /** Messages waiting (in flight included), and the subjects they concern. */
  backlog: number;
  backlogSubjects: number;
  /** When the oldest undelivered change was made; null when nothing waits. */
  oldestUndeliveredAt: Date | null;
  /** Deliveries acknowledged in the last minute, and in the last 15 minutes per minute. */
  perMinute: number;
  perMinute15: number;
  deliveredTotal: number;
  lastError: string | null;
  lastErrorAt: Date | null;
  lastSuccessAt: Date | null;
  /** A batch in flight being retried: its attempts and when it goes next. */
  retrying: { attempts: number; nextAttemptAt: Date } | null;
  deadLetters: number;
}

export async function outboxStatus(sql: Sql, channel: string, now: Date): Promise<ChannelStatus> {
  const [b, c, rate, dead] = [
    await sql.query<{ n: number; subjects: number; oldest: Date | null }>(
      `SELECT count(*)::int AS n, count(DISTINCT subject)::int AS subjects, min(created_at) AS oldest
         FROM outbox WHERE channel = $1 AND state = 'pending'`,
      [channel],
    ),
    await sql.query<{
      batch_key: string | null;
      batch_attempts: number;
      next_attempt_at: Date;
      last_error: string | null;
      last_error_at: Date | null;
      last_success_at: Date | null;
      delivered_total: number;
    }>("SELECT * FROM outbox_channels WHERE channel = $1", [channel]),
    await sql.query<{ last1: number; last15: number }>(
      `SELECT COALESCE(sum(delivered) FILTER (WHERE minute >= $2), 0)::int AS last1,
              COALESCE(sum(delivered), 0)::int AS last15
         FROM outbox_rate WHERE channel = $1 AND minute >= $3`,
      [channel, new Date(now.getTime() - 60_000), new Date(now.getTime() - 15 * 60_000)],
    ),
    await sql.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM outbox WHERE channel = $1 AND state = 'dead'",
      [channel],
    ),
  ];
  const ch = c.rows[0];
  const date = (v: Date | string | null | undefined) => (v == null ? null : new Date(v));
  return {
    channel,
    backlog: b.rows[0].n,
    backlogSubjects: b.rows[0].subjects,
    oldestUndeliveredAt: date(b.rows[0].oldest),
    perMinute: rate.rows[0].last1,
    perMinute15: Math.round((rate.rows[0].last15 / 15) * 10) / 10,
    deliveredTotal: Number(ch?.delivered_total ?? 0),
    lastError: ch?.last_error ?? null,
    lastErrorAt: date(ch?.last_error_at),
    lastSuccessAt: date(ch?.last_success_at),
    retrying:
      ch?.batch_key && ch.batch_attempts > 0
        ? { attempts: ch.batch_attempts, nextAttemptAt: new Date(ch.next_attempt_at) }
        : null,
    deadLetters: dead.rows[0].n,
  };
}

export interface DeadLetter extends OutboxMessage {
  reason: string;
  deadAt: Date;
}

export async function deadLetters(
  sql: Sql,
  channel: string,
  opts: { limit?: number; offset?: number } = {},
): Promise<DeadLetter[]> {
  const r = await sql.query(
    `SELECT id, channel, subject, revision, payload, created_at, reason, dead_at FROM outbox
      WHERE channel = $1 AND state = 'dead' ORDER BY dead_at DESC, id DESC LIMIT $2 OFFSET $3`,
    [channel, opts.limit ?? 100, opts.offset ?? 0],
  );
  return r.rows.map((row) => ({
    ...messageFromRow(row),
    reason: String(row.reason),
    deadAt: new Date(row.dead_at as string),
  }));
}

async function deadLetter(tx: Sql, id: number): Promise<DeadLetter> {
  const r = await tx.query(
    `SELECT id, channel, subject, revision, payload, created_at, reason, dead_at FROM outbox
      WHERE id = $1 AND state = 'dead' FOR UPDATE`,
    [id],
  );
  const row = r.rows[0];
  if (!row)
    throw notFound("outbox.no_dead_letter", {
      vi: `Không có thư bị từ chối số ${id}.`,
      en: `No dead letter ${id}.`,
    });
  return {
    ...messageFromRow(row),
    reason: String(row.reason),
    deadAt: new Date(String(row.dead_at)),
  };
}

/** Replaces a dead letter's payload (the administrator's fix); it stays dead until resent. */
export async function fixDeadLetter(tx: Sql, id: number, payload: unknown): Promise<DeadLetter> {
  await deadLetter(tx, id);
  await tx.query("UPDATE outbox SET payload = $2 WHERE id = $1", [id, JSON.stringify(payload)]);
  return deadLetter(tx, id);
}

/**
 * Sends a dead letter again: back in the queue with its revision, or, when a newer revision of
 * its subject was written since (it will carry the fix, or already has), closed.
 */
export async function resendDeadLetter(
  tx: Sql,
  id: number,
): Promise<{ outcome: "queued" | "superseded"; subject: string; revision: number }> {
  const d = await deadLetter(tx, id);
  const newer = await tx.query(
    "SELECT 1 FROM outbox_subjects WHERE channel = $1 AND subject = $2 AND revision > $3",
    [d.channel, d.subject, d.revision],
  );
  if (newer.rows.length) {
    await tx.query("DELETE FROM outbox WHERE id = $1", [id]);
    return { outcome: "superseded", subject: d.subject, revision: d.revision };
  }
  await tx.query(
    "UPDATE outbox SET state = 'pending', reason = NULL, dead_at = NULL, batch_key = NULL WHERE id = $1",
    [id],
  );
  return { outcome: "queued", subject: d.subject, revision: d.revision };
}
