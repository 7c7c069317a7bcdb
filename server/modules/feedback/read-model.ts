// What the quality index reads from feedback: complaints shaped for indicators 5.1–5.3 and, per
// dossier, the like/dislike of its evaluation and whether a complaint exists (indicator 5.4).
import type { Sql } from "../../platform/db.ts";
import type { ComplaintClass } from "./complaints/types.ts";
import type { Reaction } from "./evaluations/criteria.ts";

/** Structurally a quality-index ComplaintRecord, plus the routing and classification facts. */
export interface ComplaintIndexRecord {
  code: string;
  /** Instants: ISO 8601 (UTC). */
  receivedAt: string;
  /** As classified by an officer, or as proposed by the complainant until then (see `classified`). */
  class: ComplaintClass;
  refusedAt: string | null;
  firstInfoRequestAt: string | null;
  answeredAt: string | null;
  publishedAt: string | null;
  likes: number;
  dislikes: number;
  raisedAgainUnsatisfied: boolean;
  agencyCode: string;
  dossierCode: string | null;
  classified: boolean;
}

const iso = (v: unknown) => (v == null ? null : new Date(v as string).toISOString());

/** Complaints routed to any of `agencyCodes` and received in [from, to). */
export async function complaintsForIndex(
  sql: Sql,
  agencyCodes: string[],
  from: Date,
  to: Date,
  /**
   * Read the complainant's reaction and any raising again as they stood at this instant (5.3 of a
   * past period); default: as they stand now. Reactions recorded before they were dated count as
   * made before any instant.
   */
  at?: Date,
): Promise<ComplaintIndexRecord[]> {
  const r = await sql.query<Record<string, unknown>>(
    `SELECT c.code, c.received_at, c.class, c.classified_at, c.agency_code, c.dossier_code,
            CASE WHEN $4::timestamptz IS NULL OR NOT EXISTS
                   (SELECT 1 FROM complaint_reactions x WHERE x.complaint_id = c.id)
                 THEN c.likes ELSE (CASE WHEN (SELECT x.reaction FROM complaint_reactions x
                   WHERE x.complaint_id = c.id AND x.at <= $4 ORDER BY x.at DESC LIMIT 1) = 'like'
                   THEN 1 ELSE 0 END) END AS likes,
            CASE WHEN $4::timestamptz IS NULL OR NOT EXISTS
                   (SELECT 1 FROM complaint_reactions x WHERE x.complaint_id = c.id)
                 THEN c.dislikes ELSE (CASE WHEN (SELECT x.reaction FROM complaint_reactions x
                   WHERE x.complaint_id = c.id AND x.at <= $4 ORDER BY x.at DESC LIMIT 1) = 'dislike'
                   THEN 1 ELSE 0 END) END AS dislikes,
            CASE WHEN $4::timestamptz IS NULL THEN c.raised_again_unsatisfied
                 ELSE c.raised_again_unsatisfied AND (
                   EXISTS (SELECT 1 FROM complaints k
                            WHERE k.parent_code = c.code AND k.received_at <= $4)
                   OR NOT EXISTS (SELECT 1 FROM complaints k WHERE k.parent_code = c.code)) END
              AS raised_again_unsatisfied,
            max(s.done_at) FILTER (WHERE s.step = 'refuse') AS refused_at,
            max(s.done_at) FILTER (WHERE s.step = 'info-request') AS info_at,
            max(s.done_at) FILTER (WHERE s.step = 'answer') AS answered_at,
            max(s.done_at) FILTER (WHERE s.step = 'publish') AS published_at
       FROM complaints c LEFT JOIN complaint_steps s ON s.complaint_id = c.id
      WHERE c.agency_code = ANY($1::text[]) AND c.received_at >= $2 AND c.received_at < $3
      GROUP BY c.id ORDER BY c.received_at, c.code`,
    [agencyCodes, from, to, at ?? null],
  );
  return r.rows.map((x) => ({
    code: x.code as string,
    receivedAt: iso(x.received_at)!,
    class: x.class as ComplaintClass,
    refusedAt: iso(x.refused_at),
    firstInfoRequestAt: iso(x.info_at),
    answeredAt: iso(x.answered_at),
    publishedAt: iso(x.published_at),
    likes: Number(x.likes),
    dislikes: Number(x.dislikes),
    raisedAgainUnsatisfied: x.raised_again_unsatisfied as boolean,
    agencyCode: x.agency_code as string,
    dossierCode: (x.dossier_code as string | null) ?? null,
    classified: x.classified_at != null,
  }));
}

/** The shape of the dossiers module's `Feedback` value. */
export interface DossierReaction {
  reaction: Reaction | null;
  complaint: boolean;
}

/**
 * For each code asked: the like/dislike of its evaluation and whether a complaint about it exists
 * (refused complaints do not count: they were not accepted as complaints).
 */
export async function reactionsByDossier(
  sql: Sql,
  dossierCodes: string[],
): Promise<Map<string, DossierReaction>> {
  const out = new Map<string, DossierReaction>(
    dossierCodes.map((c) => [c, { reaction: null, complaint: false }]),
  );
  if (!dossierCodes.length) return out;
  const ev = await sql.query<{ dossier_code: string; reaction: Reaction | null }>(
    "SELECT dossier_code, reaction FROM evaluations WHERE dossier_code = ANY($1::text[])",
    [dossierCodes],
  );
  for (const e of ev.rows) out.get(e.dossier_code)!.reaction = e.reaction;
  const cs = await sql.query<{ dossier_code: string }>(
    "SELECT DISTINCT dossier_code FROM complaints WHERE dossier_code = ANY($1::text[]) AND state <> 'refused'",
    [dossierCodes],
  );
  for (const c of cs.rows) out.get(c.dossier_code)!.complaint = true;
  return out;
}
