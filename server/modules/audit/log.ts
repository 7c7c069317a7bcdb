import type { Sql } from "../../platform/db.ts";

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

/**
 * Appends audit records inside the caller's transaction, so they commit or roll back with the
 * change they describe. No lock and no hash here: the record takes the next number of the
 * sequence, and the sealer (seal.ts) links it into the hash chain after it has committed — so
 * writers never wait for each other (the chain used to hold one global lock until each commit).
 */
export async function recordAll(
  tx: Sql,
  actor: AuditActor,
  at: Date,
  entries: readonly AuditEntry[],
): Promise<void> {
  if (!entries.length) return;
  const params: unknown[] = [
    at.toISOString(),
    actor.userId,
    actor.username,
    actor.ip ?? null,
    actor.requestId ?? null,
  ];
  const values = entries.map((e) => {
    const p = (v: unknown) => `$${params.push(v)}`;
    return `($1,$2,$3,${p(e.action)},${p(e.subjectType)},${p(e.subjectId)},${p(e.agencyCode ?? null)},$4,$5,${p(JSON.stringify(e.details ?? {}))})`;
  });
  await tx.query(
    `INSERT INTO audit_log (at, actor_id, actor_name, action, subject_type, subject_id,
       agency_code, ip, request_id, details) VALUES ${values.join(",")}`,
    params,
  );
}

/** Appends one audit record inside the caller's transaction (see recordAll). */
export function record(tx: Sql, actor: AuditActor, at: Date, entry: AuditEntry): Promise<void> {
  return recordAll(tx, actor, at, [entry]);
}
