// A table-backed job queue in the same database: a job is enqueued in the transaction of the
// change that causes it, so it exists exactly when the change does, and survives restarts.
// Workers claim with FOR UPDATE SKIP LOCKED; failures retry with exponential backoff.
import { randomUUID } from "node:crypto";
import type { Clock } from "./clock.ts";
import type { Db, Sql } from "./db.ts";
import type { Logger } from "./logger.ts";

export interface EnqueueOptions {
  id?: string;
  runAt?: Date;
  maxAttempts?: number;
}

/** Enqueues inside the caller's transaction. A job with an existing id is not enqueued twice. */
export async function enqueue(
  tx: Sql,
  clock: Clock,
  kind: string,
  payload: unknown,
  opts: EnqueueOptions = {},
): Promise<string> {
  const id = opts.id ?? randomUUID();
  const now = clock.now();
  await tx.query(
    `INSERT INTO jobs (id, kind, payload, run_at, max_attempts, created_at) VALUES ($1,$2,$3,$4,$5,$6)
     ON CONFLICT (id) DO NOTHING`,
    [id, kind, JSON.stringify(payload ?? {}), opts.runAt ?? now, opts.maxAttempts ?? 5, now],
  );
  return id;
}

export type JobHandler = (
  payload: unknown,
  ctx: { tx: Sql; clock: Clock; jobId: string; attempt: number },
) => Promise<void>;

export interface CronSpec {
  kind: string;
  /** Slot length in ms: one job per slot (e.g. every 60_000 ms), with a deterministic id. */
  everyMs: number;
  payload?: unknown;
}

/** The deterministic id of a cron slot: two workers scheduling the same slot create one job. */
export function cronSlotId(kind: string, everyMs: number, at: Date): string {
  const slot = Math.floor(at.getTime() / everyMs) * everyMs;
  return `cron:${kind}:${new Date(slot).toISOString()}`;
}

export const backoffMs = (attempt: number) => Math.min(3600_000, 1000 * 2 ** attempt);

export class Worker {
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private stopping = false;
  private tickDone: Promise<void> = Promise.resolve();
  readonly name = `w-${randomUUID().slice(0, 8)}`;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly handlers: Record<string, JobHandler>,
    private readonly cron: CronSpec[] = [],
  ) {}

  /** Claims and runs at most `limit` ready jobs; returns how many ran. */
  async runOnce(limit = 10): Promise<number> {
    let ran = 0;
    for (const c of this.cron)
      await enqueue(this.db, this.clock, c.kind, c.payload ?? {}, {
        id: cronSlotId(c.kind, c.everyMs, this.clock.now()),
      });
    while (ran < limit && !this.stopping) {
      const done = await this.db.transaction(async (tx) => {
        const now = this.clock.now();
        const r = await tx.query<{
          id: string;
          kind: string;
          payload: unknown;
          attempts: number;
          max_attempts: number;
        }>(
          `SELECT id, kind, payload, attempts, max_attempts FROM jobs
            WHERE status = 'queued' AND run_at <= $1 ORDER BY run_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
          [now],
        );
        const job = r.rows[0];
        if (!job) return false;
        const handler = this.handlers[job.kind];
        const attempt = job.attempts + 1;
        try {
          if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
          await tx.query("SAVEPOINT job");
          await handler(typeof job.payload === "string" ? JSON.parse(job.payload) : job.payload, {
            tx,
            clock: this.clock,
            jobId: job.id,
            attempt,
          });
          await tx.query("RELEASE SAVEPOINT job");
          await tx.query(
            "UPDATE jobs SET status = 'done', attempts = $2, finished_at = $3, locked_by = $4 WHERE id = $1",
            [job.id, attempt, now, this.name],
          );
        } catch (e) {
          await tx.query("ROLLBACK TO SAVEPOINT job");
          const failed = attempt >= job.max_attempts;
          this.log.warn(
            { job: job.id, kind: job.kind, attempt, err: (e as Error).message },
            failed ? "job failed" : "job will retry",
          );
          await tx.query(
            "UPDATE jobs SET status = $2, attempts = $3, run_at = $4, last_error = $5, finished_at = $6 WHERE id = $1",
            [
              job.id,
              failed ? "failed" : "queued",
              attempt,
              new Date(now.getTime() + backoffMs(attempt)),
              String((e as Error).message).slice(0, 2000),
              failed ? now : null,
            ],
          );
        }
        return true;
      });
      if (!done) break;
      ran++;
    }
    return ran;
  }

  start(intervalMs = 1000) {
    const tick = async () => {
      if (this.running || this.stopping) return;
      this.running = true;
      let done = () => {};
      this.tickDone = new Promise((r) => {
        done = r;
      });
      try {
        await this.runOnce(50);
      } catch (e) {
        this.log.error({ err: e }, "worker tick failed");
      } finally {
        this.running = false;
        done();
      }
    };
    this.timer = setInterval(tick, intervalMs);
    this.timer.unref();
  }

  /** Claims no more jobs; resolves when the job being run (if any) has committed. */
  stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    return this.tickDone;
  }
}
