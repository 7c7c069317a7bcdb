// Evaluation summaries per agency (competent agency), per receiving unit or per officer, for a
// period of Vietnam dates: count, mean total, band distribution, likes/dislikes, satisfaction shares.
import { SUMMARY_BY } from "../../../../shared/contracts/feedback.ts";
import type { Sql } from "../../../platform/db.ts";
import {
  BANDS,
  type BandId,
  bandOf,
  SATISFACTION,
  type Satisfaction,
} from "../evaluations/criteria.ts";
import { periodBounds } from "../period.ts";

export { SUMMARY_BY };
export type SummaryBy = (typeof SUMMARY_BY)[number];

export interface Share {
  count: number;
  /** Percentage of the evaluations, 2 decimals. */
  share: number;
}

export interface EvaluationSummary {
  /** Agency code, receiving-unit code or officer id. */
  key: string;
  officerName?: string;
  count: number;
  meanTotal: number;
  bands: Record<BandId, number>;
  likes: number;
  dislikes: number;
  convenience: Record<Satisfaction, Share>;
  overall: Record<Satisfaction, Share>;
}

const SOURCES: Record<SummaryBy, { from: string; key: string; name: string; agency: string }> = {
  agency: { from: "evaluations e", key: "e.agency_code", name: "NULL", agency: "e.agency_code" },
  unit: {
    from: "evaluations e",
    key: "e.receiving_unit",
    name: "NULL",
    agency: "e.receiving_unit",
  },
  officer: {
    from: "evaluations e JOIN evaluation_officers o ON o.evaluation_id = e.id",
    key: "o.officer_id",
    name: "o.officer_name",
    agency: "o.agency_code",
  },
};

const pct = (n: number, d: number) => (d ? Math.round((n * 10000) / d) / 100 : 0);

/** `agencies` null: every agency (a province-wide scope). */
export async function summarizeEvaluations(
  sql: Sql,
  q: { by: SummaryBy; from: string; to: string; agencies: string[] | null },
): Promise<EvaluationSummary[]> {
  const s = SOURCES[q.by];
  const [start, end] = periodBounds(q.from, q.to);
  const inner = `SELECT ${s.key} AS key, ${s.name} AS officer_name, e.total, e.reaction, e.convenience, e.overall FROM ${s.from}
    WHERE e.created_at >= $1 AND e.created_at < $2 AND ($3::text[] IS NULL OR ${s.agency} = ANY($3::text[]))`;
  const params = [start, end, q.agencies];
  const sat = (col: string) =>
    SATISFACTION.map((v, i) => `count(*) FILTER (WHERE ${col} = '${v}') AS ${col}_${i}`).join(", ");
  const main = await sql.query<Record<string, number | string | null>>(
    `SELECT key, max(officer_name) AS officer_name, count(*) AS n, avg(total)::float8 AS mean,
       count(*) FILTER (WHERE reaction = 'like') AS likes, count(*) FILTER (WHERE reaction = 'dislike') AS dislikes,
       ${sat("convenience")}, ${sat("overall")}
     FROM (${inner}) x GROUP BY key ORDER BY key`,
    params,
  );
  const totals = await sql.query<{ key: string; total: number; n: number }>(
    `SELECT key, total, count(*) AS n FROM (${inner}) x GROUP BY key, total`,
    params,
  );
  const bands = new Map<string, Record<BandId, number>>();
  for (const t of totals.rows) {
    const b =
      bands.get(t.key) ??
      (Object.fromEntries(BANDS.map((x) => [x.id, 0])) as Record<BandId, number>);
    b[bandOf(Number(t.total))] += Number(t.n);
    bands.set(t.key, b);
  }
  return main.rows.map((r) => {
    const n = Number(r.n);
    const shares = (col: string) =>
      Object.fromEntries(
        SATISFACTION.map((v, i) => [
          v,
          { count: Number(r[`${col}_${i}`]), share: pct(Number(r[`${col}_${i}`]), n) },
        ]),
      ) as Record<Satisfaction, Share>;
    return {
      key: String(r.key),
      ...(q.by === "officer" ? { officerName: String(r.officer_name) } : {}),
      count: n,
      meanTotal: Math.round(Number(r.mean) * 100) / 100,
      bands: bands.get(String(r.key))!,
      likes: Number(r.likes),
      dislikes: Number(r.dislikes),
      convenience: shares("convenience"),
      overall: shares("overall"),
    };
  });
}
