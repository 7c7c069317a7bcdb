import type { Sql } from "../../platform/db.ts";
import { type AuditContent, GENESIS, hashRecord } from "./chain.ts";

/** Who acted, as the audit needs it (the identity module's Actor fits this shape). */
export interface AuditActor {
  userId: string | null;
  username: string;
  ip?: string;
  requestId?: string;
}

export interface AuditEntry {
  action: string; // "dossier.received", "user.login", "personal_data.read" …
  subjectType: string;
  subjectId: string;
  agencyCode?: string | null;
  details?: Record<string, unknown>;
}

// One appender at a time keeps the chain linear; held only until the surrounding commit.
const CHAIN_LOCK = 7263002;

/**
 * Appends an audit record inside the caller's transaction, so it commits or rolls back with the
 * change it describes. Call it last in the transaction to keep the chain lock short.
 */
export async function record(
  tx: Sql,
  actor: AuditActor,
  at: Date,
  entry: AuditEntry,
): Promise<void> {
  await tx.query("SELECT pg_advisory_xact_lock($1)", [CHAIN_LOCK]);
  const last = await tx.query<{ seq: number; hash: string }>(
    "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1",
  );
  const prevHash = last.rows[0]?.hash ?? GENESIS;
  const seq = (last.rows[0]?.seq ?? 0) + 1;
  const content: AuditContent = {
    seq,
    at: at.toISOString(),
    actorId: actor.userId,
    actorName: actor.username,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    agencyCode: entry.agencyCode ?? null,
    ip: actor.ip ?? null,
    requestId: actor.requestId ?? null,
    details: entry.details ?? {},
  };
  const hash = hashRecord(prevHash, content);
  await tx.query(
    `INSERT INTO audit_log (seq, at, actor_id, actor_name, action, subject_type, subject_id,
       agency_code, ip, request_id, details, prev_hash, hash)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13)`,
    [
      seq,
      content.at,
      content.actorId,
      content.actorName,
      content.action,
      content.subjectType,
      content.subjectId,
      content.agencyCode,
      content.ip,
      content.requestId,
      JSON.stringify(content.details),
      prevHash,
      hash,
    ],
  );
}
