import type { Sql } from "../../platform/db.ts";
import { type AuditContent, GENESIS, hashRecord } from "./chain.ts";

export interface VerifyResult {
  ok: boolean;
  checked: number;
  /** The first record that does not fit the chain, and why. */
  firstBad?: { seq: number; reason: "altered" | "deleted_before" | "reordered" };
}

interface Row {
  seq: number;
  at: Date | string;
  actor_id: string | null;
  actor_name: string;
  action: string;
  subject_type: string;
  subject_id: string;
  agency_code: string | null;
  ip: string | null;
  request_id: string | null;
  details: unknown;
  prev_hash: string;
  hash: string;
}

/** Walks the chain in pages and names the first altered, deleted or reordered record. */
export async function verifyChain(
  sql: Sql,
  onProgress?: (checked: number) => void,
): Promise<VerifyResult> {
  let prevHash = GENESIS;
  let expectedSeq = 1;
  let checked = 0;
  let after = 0;
  for (;;) {
    const page = await sql.query<Row>(
      "SELECT * FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT 5000",
      [after],
    );
    if (page.rows.length === 0) return { ok: true, checked };
    for (const r of page.rows) {
      const seq = Number(r.seq);
      if (seq !== expectedSeq)
        return { ok: false, checked, firstBad: { seq, reason: "deleted_before" } };
      const content: AuditContent = {
        seq,
        at: new Date(r.at).toISOString(),
        actorId: r.actor_id,
        actorName: r.actor_name,
        action: r.action,
        subjectType: r.subject_type,
        subjectId: r.subject_id,
        agencyCode: r.agency_code,
        ip: r.ip,
        requestId: r.request_id,
        details: typeof r.details === "string" ? JSON.parse(r.details) : r.details,
      };
      if (r.prev_hash !== prevHash)
        return { ok: false, checked, firstBad: { seq, reason: "reordered" } };
      if (hashRecord(prevHash, content) !== r.hash)
        return { ok: false, checked, firstBad: { seq, reason: "altered" } };
      prevHash = r.hash;
      expectedSeq = seq + 1;
      checked++;
      after = seq;
    }
    onProgress?.(checked);
  }
}
