// The outbox worker (API: outbox.ts). Per channel: claim it (FOR UPDATE SKIP LOCKED, then a
// lease), take the batch in flight or form one, send it outside any transaction, and record the
// answer in one transaction. The batch is stored before it is sent, so a crash at any moment
// ends in the same batch, with the same idempotency key, sent again.
import { randomUUID } from "node:crypto";
import type { Clock } from "./clock.ts";
import type { Db, Sql } from "./db.ts";
import { type Logger, scrubText } from "./logger.ts";
import {
  type Batch,
  messageFromRow,
  type OutboxChannel,
  type OutboxMessage,
  retryDelayMs,
  type SendOutcome,
} from "./outbox.ts";

/** Longer than a send's timeout and its recording: a crashed worker's lease expires after it. */
const leaseMs = (ch: OutboxChannel) => 3 * (ch.timeoutMs ?? 10_000) + 5_000;

export class OutboxWorker {
  readonly name = `o-${randomUUID().slice(0, 8)}`;
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private ready = false;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly channels: OutboxChannel[],
  ) {}

  /** Delivers until every channel is empty, waiting, or `maxBatches` went; returns messages sent. */
  async runOnce(maxBatches = 20): Promise<number> {
    if (!this.ready) {
      for (const c of this.channels)
        await this.db.query(
          "INSERT INTO outbox_channels (channel, next_attempt_at) VALUES ($1, $2) ON CONFLICT DO NOTHING",
          [c.name, this.clock.now()],
        );
      this.ready = true;
    }
    let sent = 0;
    for (const ch of this.channels) {
      if (ch.enabled === false) continue;
      for (let i = 0; i < maxBatches; i++) {
        const n = await this.deliverOne(ch);
        if (n <= 0) break;
        sent += n;
      }
    }
    return sent;
  }

  /** One batch of one channel: its size when answered, 0 when nothing to do, -1 when it failed. */
  async deliverOne(ch: OutboxChannel): Promise<number> {
    const batch = await this.claim(ch);
    if (!batch) return 0;
    let outcome: SendOutcome;
    try {
      outcome = await ch.send(batch);
    } catch (e) {
      outcome = { ok: false, error: (e as Error).message };
    }
    await this.db.transaction((tx) => this.settle(tx, ch, batch, outcome));
    return outcome.ok ? batch.messages.length : -1;
  }

  /** The batch to send now, or null (nothing waiting, backing off, or another worker has it). */
  private async claim(ch: OutboxChannel): Promise<Batch | null> {
    return this.db.transaction(async (tx) => {
      const now = this.clock.now();
      const r = await tx.query<{ batch_key: string | null; batch_attempts: number }>(
        `SELECT batch_key, batch_attempts FROM outbox_channels
          WHERE channel = $1 AND next_attempt_at <= $2 AND (lease_until IS NULL OR lease_until < $2)
          FOR UPDATE SKIP LOCKED`,
        [ch.name, now],
      );
      const row = r.rows[0];
      if (!row) return null;
      let key = row.batch_key;
      if (!key) {
        key = randomUUID();
        if (!(await formBatch(tx, ch, key))) return null;
      }
      await tx.query(
        `UPDATE outbox_channels SET batch_key = $2, batch_attempts = batch_attempts + 1,
           lease_until = $3, leased_by = $4 WHERE channel = $1`,
        [ch.name, key, new Date(now.getTime() + leaseMs(ch)), this.name],
      );
      const rows = await tx.query(
        `SELECT id, channel, subject, revision, payload, created_at FROM outbox
          WHERE batch_key = $1 ORDER BY id`,
        [key],
      );
      const all = rows.rows.map(messageFromRow);
      return {
        key,
        channel: ch.name,
        attempt: row.batch_key ? row.batch_attempts + 1 : 1,
        messages: ch.coalesces === false ? all : latestPerSubject(all),
      };
    });
  }

  private async settle(tx: Sql, ch: OutboxChannel, batch: Batch, outcome: SendOutcome) {
    const now = this.clock.now();
    const mine = await tx.query(
      "SELECT 1 FROM outbox_channels WHERE channel = $1 AND batch_key = $2 AND leased_by = $3 FOR UPDATE",
      [ch.name, batch.key, this.name],
    );
    if (!mine.rows.length) return; // the lease ran out and another worker took the batch over
    if (!outcome.ok) {
      const delay = retryDelayMs(batch.attempt, outcome.retryAfterMs);
      this.log.warn(
        { channel: ch.name, batch: batch.key, attempt: batch.attempt, delayMs: delay },
        `outbox delivery will retry: ${scrubText(outcome.error).slice(0, 300)}`,
      );
      await tx.query(
        `UPDATE outbox_channels SET next_attempt_at = $2, lease_until = NULL, leased_by = NULL,
           last_error = $3, last_error_at = $4 WHERE channel = $1`,
        [ch.name, new Date(now.getTime() + delay), outcome.error.slice(0, 2000), now],
      );
      // Each message of the batch keeps its own count and error (shown beside what it concerns).
      await tx.query(
        "UPDATE outbox SET attempts = attempts + 1, last_error = $2 WHERE batch_key = $1",
        [batch.key, outcome.error.slice(0, 2000)],
      );
      return;
    }
    const sent = new Map(batch.messages.map((m) => [`${m.subject}\u0000${m.revision}`, m]));
    const accepted = outcome.accepted.flatMap((a) => {
      const m = sent.get(`${a.subject}\u0000${a.revision}`);
      return m ? [a.receipt === undefined ? m : { ...m, receipt: a.receipt }] : [];
    });
    const refused = outcome.rejected.filter((x) => sent.has(`${x.subject}\u0000${x.revision}`));
    if (accepted.length) {
      await tx.query(
        "DELETE FROM outbox WHERE batch_key = $1 AND subject = ANY($2::text[]) AND state = 'pending'",
        [batch.key, accepted.map((m) => m.subject)],
      );
      // A dead letter is closed by a later revision of its subject reaching the receiver.
      await tx.query(
        `DELETE FROM outbox o USING unnest($2::text[], $3::int[]) AS a(subject, rev)
          WHERE o.channel = $1 AND o.state = 'dead' AND o.subject = a.subject AND o.revision < a.rev`,
        [ch.name, accepted.map((m) => m.subject), accepted.map((m) => m.revision)],
      );
      await ch.onAccepted?.(tx, accepted, now);
    }
    for (const x of refused) {
      // The refused revision stays as a dead letter; the older ones it stood for are closed.
      await tx.query(
        `UPDATE outbox SET state = 'dead', reason = $4, dead_at = $5, batch_key = NULL
          WHERE batch_key = $1 AND subject = $2 AND revision = $3`,
        [batch.key, x.subject, x.revision, x.reason.slice(0, 2000), now],
      );
      await tx.query("DELETE FROM outbox WHERE batch_key = $1 AND subject = $2", [
        batch.key,
        x.subject,
      ]);
    }
    // What the answer did not mention goes back to the queue, for the next batch.
    await tx.query("UPDATE outbox SET batch_key = NULL WHERE batch_key = $1", [batch.key]);
    if (refused.length)
      this.log.warn({ channel: ch.name, refused: refused.length }, "outbox messages refused");
    await tx.query(
      `UPDATE outbox_channels SET batch_key = NULL, batch_attempts = 0, next_attempt_at = $2,
         lease_until = NULL, leased_by = NULL, last_success_at = $2,
         delivered_total = delivered_total + $3 WHERE channel = $1`,
      [ch.name, now, accepted.length],
    );
    const minute = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
    await tx.query(
      `INSERT INTO outbox_rate (channel, minute, delivered) VALUES ($1, $2, $3)
       ON CONFLICT (channel, minute) DO UPDATE SET delivered = outbox_rate.delivered + $3`,
      [ch.name, minute, accepted.length],
    );
  }

  /** Delivers every `intervalMs` (and at once), one tick at a time. */
  start(intervalMs = 500) {
    const tick = async () => {
      if (this.running) return;
      this.running = true;
      try {
        await this.runOnce();
      } catch (e) {
        this.log.error({ err: e }, "outbox tick failed");
      } finally {
        this.running = false;
      }
    };
    void tick();
    this.timer = setInterval(tick, intervalMs);
    this.timer.unref();
  }

  stop() {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}

/**
 * Puts the subjects of the oldest waiting messages (at most maxBatch) into a new batch, with every
 * waiting message of each (the latest stands for the rest). False when nothing waits.
 */
async function formBatch(tx: Sql, ch: OutboxChannel, key: string): Promise<boolean> {
  const first = await tx.query<{ subject: string }>(
    `SELECT subject FROM outbox WHERE channel = $1 AND state = 'pending' AND batch_key IS NULL
      ORDER BY id LIMIT $2`,
    [ch.name, ch.maxBatch ?? 500],
  );
  if (!first.rows.length) return false;
  const subjects = [...new Set(first.rows.map((r) => r.subject))];
  // Two plain statements rather than one join: each runs on its index whatever the statistics.
  const r = await tx.query(
    `UPDATE outbox SET batch_key = $2
      WHERE channel = $1 AND subject = ANY($3::text[]) AND state = 'pending' AND batch_key IS NULL`,
    [ch.name, key, subjects],
  );
  return r.rowCount > 0;
}

function latestPerSubject(all: OutboxMessage[]): OutboxMessage[] {
  const last = new Map<string, OutboxMessage>();
  for (const m of all) {
    const seen = last.get(m.subject);
    if (!seen || m.revision > seen.revision) last.set(m.subject, m);
  }
  return [...last.values()].sort((a, b) => a.id - b.id);
}
