// The sealer links committed audit records into the hash chain, in sequence order, after their
// transactions have committed (writers append without a lock or a hash: log.ts).
//
// Why this design: a chain computed by the writer needs the previous record's hash, so every
// writer waited on one global lock held until its commit (one intake at a time across the
// province). Here the writer only draws a number from a sequence; one sealer at a time (an
// advisory lock taken by sealers only) hashes records after commit. Tamper evidence is the same
// once sealed: each hash covers the record's content, its number and the previous hash; sealing
// runs every few hundred milliseconds, and sealed heads are anchored outside the database
// (anchor.ts).
//
// Gaps: a rolled-back transaction leaves its sequence number unused forever, while a number held
// by a transaction still in progress will appear later. The sealer passes a gap only below its
// horizon: it reads the sequence's last number L, then the list of transactions in progress;
// once those have all ended, every number ≤ L is final (committed or never), because a writer
// has its transaction id before it draws a number (audit_next_seq(), migration 0120). The list is
// the server's (all its databases): a long transaction anywhere delays sealing, never breaks it.
import type { Db } from "../../platform/db.ts";
import { GENESIS, hashRecord } from "./chain.ts";
import { type AuditRow, contentOf } from "./row.ts";

const SEAL_LOCK = 7263003;
const BATCH = 2000;

export interface SealResult {
  sealed: number;
  /** The last sealed record after this pass. */
  head: { seq: number; hash: string } | null;
  /** A gap the sealer is waiting on (a transaction may still commit that number). */
  waitingAt?: number;
}

export class AuditSealer {
  /** Every sequence number ≤ settled is final. */
  private settled = 0;
  private candidate: { last: number; snapshot: string } | null = null;
  /** The pass moving the horizon now: the tick and sealAll() may both call sealOnce at once, and
   * two passes interleaved would clear the candidate under each other. */
  private advancing: Promise<void> | null = null;

  constructor(private readonly db: Db) {}

  private async allEnded(snapshot: string): Promise<boolean> {
    const r = await this.db.query<{ ended: boolean }>(
      `SELECT NOT EXISTS (SELECT 1 FROM pg_snapshot_xip($1::pg_snapshot) AS x
         WHERE pg_xact_status(x) = 'in progress') AS ended`,
      [snapshot],
    );
    return r.rows[0].ended;
  }

  /** Moves the horizon as far as the transactions now ended allow, one pass at a time. */
  private advance(): Promise<void> {
    this.advancing ??= this.advanceOnce().finally(() => {
      this.advancing = null;
    });
    return this.advancing;
  }

  private async advanceOnce(): Promise<void> {
    if (this.candidate && (await this.allEnded(this.candidate.snapshot))) {
      this.settled = Math.max(this.settled, this.candidate.last);
      this.candidate = null;
    }
    if (this.candidate) return;
    // First the number, then the transactions in progress (two statements, in this order).
    const seq = await this.db.query<{ last_value: number; is_called: boolean }>(
      "SELECT last_value, is_called FROM audit_log_seq_seq",
    );
    const last = Number(seq.rows[0].last_value) - (seq.rows[0].is_called ? 0 : 1);
    const snap = await this.db.query<{ s: string }>("SELECT pg_current_snapshot()::text AS s");
    this.candidate = { last, snapshot: snap.rows[0].s };
    if (await this.allEnded(this.candidate.snapshot)) {
      this.settled = Math.max(this.settled, last);
      this.candidate = null;
    }
  }

  /** Seals what can be sealed now (up to `BATCH` records a pass, looping until done or waiting). */
  async sealOnce(): Promise<SealResult> {
    await this.advance();
    let sealed = 0;
    for (;;) {
      const r = await this.db.transaction(async (tx) => {
        await tx.query("SELECT pg_advisory_xact_lock($1)", [SEAL_LOCK]);
        const last = await tx.query<{ seq: number; hash: string }>(
          "SELECT seq, hash FROM audit_log WHERE hash IS NOT NULL ORDER BY seq DESC LIMIT 1",
        );
        let head = last.rows[0] ? { seq: Number(last.rows[0].seq), hash: last.rows[0].hash } : null;
        const rows = await tx.query<AuditRow>(
          "SELECT * FROM audit_log WHERE hash IS NULL AND seq > $1 ORDER BY seq LIMIT $2",
          [head?.seq ?? 0, BATCH],
        );
        const seqs: number[] = [];
        const prevs: string[] = [];
        const hashes: string[] = [];
        let waitingAt: number | undefined;
        for (const row of rows.rows) {
          const seq = Number(row.seq);
          const expected = (head?.seq ?? 0) + 1;
          // Numbers expected..seq-1 are missing: pass them only when they are final.
          if (seq > expected && seq - 1 > this.settled) {
            waitingAt = expected;
            break;
          }
          const prev = head?.hash ?? GENESIS;
          const hash = hashRecord(prev, contentOf(row));
          seqs.push(seq);
          prevs.push(prev);
          hashes.push(hash);
          head = { seq, hash };
        }
        if (seqs.length)
          await tx.query(
            `UPDATE audit_log a SET prev_hash = u.p, hash = u.h
               FROM unnest($1::bigint[], $2::text[], $3::text[]) AS u(seq, p, h) WHERE a.seq = u.seq`,
            [seqs, prevs, hashes],
          );
        return { n: seqs.length, head, waitingAt, full: rows.rows.length === BATCH };
      });
      sealed += r.n;
      if (!r.full || r.waitingAt !== undefined || r.n === 0)
        return {
          sealed,
          head: r.head,
          ...(r.waitingAt !== undefined ? { waitingAt: r.waitingAt } : {}),
        };
    }
  }

  /** Seals everything committed before the call (waits for the transactions then in progress). */
  async sealAll(timeoutMs = 30_000): Promise<SealResult> {
    const end = Date.now() + timeoutMs;
    let sealed = 0;
    for (;;) {
      const r = await this.sealOnce();
      sealed += r.sealed;
      if (r.waitingAt === undefined || Date.now() > end) return { ...r, sealed };
      await new Promise((res) => setTimeout(res, 20));
    }
  }
}

/** Seals every record committed so far (tests, `motcua audit verify`). */
export function sealAudit(db: Db, timeoutMs?: number): Promise<SealResult> {
  return new AuditSealer(db).sealAll(timeoutMs);
}
