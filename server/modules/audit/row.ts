// A stored audit record as the chain hashes it: the same content whether the sealer or the
// verifier reads it back (jsonb and timestamptz normalise what was written).
import type { AuditContent } from "./chain.ts";

export interface AuditRow {
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
  prev_hash: string | null;
  hash: string | null;
}

export function contentOf(r: AuditRow): AuditContent {
  return {
    seq: Number(r.seq),
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
}
