// The hash chain: each record's hash covers its content and the previous record's hash, so an
// edited, deleted or reordered record breaks the chain from that point on.
import { createHash } from "node:crypto";

export const GENESIS = "0".repeat(64);

export interface AuditContent {
  seq: number;
  at: string; // ISO instant, UTC
  actorId: string | null;
  actorName: string;
  action: string;
  subjectType: string;
  subjectId: string;
  agencyCode: string | null;
  ip: string | null;
  requestId: string | null;
  details: unknown;
}

/** Stable JSON: keys sorted at every level, so the same content always hashes the same. */
export function canonical(v: unknown): string {
  if (v === null || typeof v !== "object") return JSON.stringify(v ?? null);
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
    .join(",")}}`;
}

export function hashRecord(prevHash: string, c: AuditContent): string {
  return createHash("sha256").update(prevHash).update("\n").update(canonical(c)).digest("hex");
}
