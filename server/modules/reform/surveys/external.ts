// External indices the province is scored on (reform spec: PAR Index, SIPAS, PAPI, DTI), entered
// by Home Affairs per year as published, shown beside the system's own figures.
import type { Sql } from "../../../platform/db.ts";
import type { Actor } from "../../identity/index.ts";
import type { ExternalInput } from "./schemas.ts";

export async function saveExternal(
  tx: Sql,
  actor: Actor,
  year: number,
  input: ExternalInput,
  now: Date,
) {
  for (const i of input.indices)
    await tx.query(
      `INSERT INTO reform_external_indices (year, index_code, score, max_score, rank, of_count, source, entered_at, entered_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (year, index_code) DO UPDATE SET score = EXCLUDED.score, max_score = EXCLUDED.max_score,
         rank = EXCLUDED.rank, of_count = EXCLUDED.of_count, source = EXCLUDED.source,
         entered_at = EXCLUDED.entered_at, entered_by = EXCLUDED.entered_by`,
      [year, i.index, i.score, i.maxScore, i.rank, i.ofCount, i.source, now, actor.username],
    );
  return {
    answer: await listExternal(tx, year),
    audit: {
      action: "reform.external_indices_saved",
      subjectType: "reform_external_indices",
      subjectId: String(year),
      details: {
        indices: input.indices.map((i) => ({ index: i.index, score: i.score, rank: i.rank })),
      },
    },
  };
}

export async function listExternal(sql: Sql, year: number) {
  const r = await sql.query<{
    index_code: string;
    score: string;
    max_score: string | null;
    rank: number | null;
    of_count: number | null;
    source: string;
  }>(
    `SELECT index_code, score::text, max_score::text, rank, of_count, source
       FROM reform_external_indices WHERE year = $1 ORDER BY index_code`,
    [year],
  );
  return {
    year,
    indices: r.rows.map((x) => ({
      index: x.index_code,
      score: Number(x.score),
      maxScore: x.max_score === null ? null : Number(x.max_score),
      rank: x.rank,
      ofCount: x.of_count,
      source: x.source,
    })),
  };
}
