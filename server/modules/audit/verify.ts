import type { Sql } from "../../platform/db.ts";
import { GENESIS, hashRecord } from "./chain.ts";
import { type AuditRow, contentOf } from "./row.ts";

export type BreakReason =
  /** The record's content no longer gives its hash. */
  | "altered"
  /** Its previous link is missing (numbers skipped and the chain does not join). */
  | "deleted_before"
  /** The chain does not join with no number missing: records moved. */
  | "reordered"
  /** An unsealed record below sealed ones: added after its place in the chain was sealed. */
  | "inserted"
  /** The record's hash differs from the signed anchor: the chain was re-hashed from there back. */
  | "anchor_mismatch"
  /** A signed anchor names a record the chain no longer reaches: the chain was cut after it. */
  | "truncated";

export interface VerifyResult {
  ok: boolean;
  /** Sealed records checked. */
  checked: number;
  /** The first record that does not fit the chain (or the anchors), and why. */
  firstBad?: { seq: number; reason: BreakReason };
  /** Records appended but not sealed yet (after the last sealed one). */
  pending?: number;
  /** Anchors compared with the chain. */
  anchors?: number;
}

/** A signed export of the chain's head (anchor.ts): record `seq` had hash `hash`. */
export interface AnchorPoint {
  seq: number;
  hash: string;
}

/**
 * Walks the chain in pages and names the first altered, deleted, reordered or inserted record;
 * with anchors (verified signed exports of past heads), also a chain re-hashed or cut after them.
 * Gaps in the numbering are allowed (a rolled-back transaction's number is never used): a
 * deletion shows as a link that does not join.
 */
export async function verifyChain(
  sql: Sql,
  onProgress?: (checked: number) => void,
  anchors: readonly AnchorPoint[] = [],
): Promise<VerifyResult> {
  const marks = [...anchors].sort((a, b) => a.seq - b.seq);
  let m = 0;
  let prevHash = GENESIS;
  let prevSeq = 0;
  let checked = 0;
  let after = 0;
  let firstUnsealed: number | null = null;
  let pending = 0;
  const bad = (seq: number, reason: BreakReason): VerifyResult => ({
    ok: false,
    checked,
    firstBad: { seq, reason },
  });
  for (;;) {
    const page = await sql.query<AuditRow>(
      "SELECT * FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT 5000",
      [after],
    );
    if (page.rows.length === 0) break;
    for (const r of page.rows) {
      const seq = Number(r.seq);
      after = seq;
      if (r.hash === null) {
        firstUnsealed ??= seq;
        pending++;
        continue;
      }
      if (firstUnsealed !== null) return bad(firstUnsealed, "inserted");
      // An anchored record that is gone: the chain was rebuilt without it.
      if (m < marks.length && marks[m].seq < seq) return bad(marks[m].seq, "anchor_mismatch");
      if (r.prev_hash !== prevHash)
        return bad(seq, seq > prevSeq + 1 ? "deleted_before" : "reordered");
      if (hashRecord(prevHash, contentOf(r)) !== r.hash) return bad(seq, "altered");
      if (m < marks.length && marks[m].seq === seq) {
        if (marks[m].hash !== r.hash) return bad(seq, "anchor_mismatch");
        m++;
      }
      prevHash = r.hash;
      prevSeq = seq;
      checked++;
    }
    onProgress?.(checked);
  }
  if (m < marks.length) return bad(marks[m].seq, "truncated");
  return { ok: true, checked, pending, anchors: marks.length };
}
