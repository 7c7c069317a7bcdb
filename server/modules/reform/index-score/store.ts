// Reading and writing the criteria set of a year and the units' entered scores.
import type { Sql } from "../../../platform/db.ts";
import { noCriteria } from "../errors.ts";
import type { EnteredScore } from "./compute.ts";
import type { Area } from "./criteria.ts";
import type { DeductionRule } from "./rules.ts";

export interface CriteriaSet {
  year: number;
  title: string;
  areas: Area[];
  rules: DeductionRule[];
  issuedAt: string;
  issuedBy: string;
}

const json = <T>(v: unknown): T => (typeof v === "string" ? JSON.parse(v) : v) as T;

export async function loadSet(sql: Sql, year: number): Promise<CriteriaSet> {
  const r = await sql.query<Record<string, unknown>>(
    "SELECT year, title, areas, rules, issued_at, issued_by FROM reform_index_sets WHERE year = $1",
    [year],
  );
  const x = r.rows[0];
  if (!x) throw noCriteria(year);
  return {
    year,
    title: x.title as string,
    areas: json(x.areas),
    rules: json(x.rules),
    issuedAt: new Date(x.issued_at as string).toISOString(),
    issuedBy: x.issued_by as string,
  };
}

export interface ScoreRow extends EnteredScore {
  sub: string;
  selfNote: string | null;
  evidence: string[];
  appraisalReason: string | null;
  response: string | null;
  finalReason: string | null;
}

const num = (v: unknown) => (v == null ? null : Number(v));

/** Entered scores of the year, per agency and sub-criterion. */
export async function loadScores(
  sql: Sql,
  year: number,
  agency?: string,
): Promise<Map<string, Map<string, ScoreRow>>> {
  const r = await sql.query<Record<string, unknown>>(
    `SELECT agency_code, sub_code, self_score, self_note, evidence, appraised_score, appraisal_reason,
            response, final_score, final_reason
       FROM reform_scores WHERE year = $1 AND ($2::text IS NULL OR agency_code = $2)`,
    [year, agency ?? null],
  );
  const out = new Map<string, Map<string, ScoreRow>>();
  for (const x of r.rows) {
    const a = x.agency_code as string;
    const m = out.get(a) ?? new Map<string, ScoreRow>();
    m.set(x.sub_code as string, {
      sub: x.sub_code as string,
      self: num(x.self_score),
      selfNote: (x.self_note as string | null) ?? null,
      evidence: (x.evidence as string[]) ?? [],
      appraised: num(x.appraised_score),
      appraisalReason: (x.appraisal_reason as string | null) ?? null,
      response: (x.response as string | null) ?? null,
      final: num(x.final_score),
      finalReason: (x.final_reason as string | null) ?? null,
    });
    out.set(a, m);
  }
  return out;
}

export type Stage = "none" | "draft" | "submitted" | "appraised" | "responded" | "final";

export async function stagesOf(sql: Sql, year: number): Promise<Map<string, Stage>> {
  const r = await sql.query<{ agency_code: string; stage: Stage }>(
    "SELECT agency_code, stage FROM reform_assessments WHERE year = $1",
    [year],
  );
  return new Map(r.rows.map((x) => [x.agency_code, x.stage]));
}

/** The unit's stage, locked for the change. */
export async function lockStage(tx: Sql, year: number, agency: string): Promise<Stage> {
  const r = await tx.query<{ stage: Stage }>(
    "SELECT stage FROM reform_assessments WHERE year = $1 AND agency_code = $2 FOR UPDATE",
    [year, agency],
  );
  return r.rows[0]?.stage ?? "none";
}

/** A year's criteria are frozen once any unit has begun its self-assessment. */
export async function criteriaFrozen(sql: Sql, year: number): Promise<boolean> {
  const r = await sql.query(
    `SELECT 1 FROM reform_scores WHERE year = $1
     UNION ALL SELECT 1 FROM reform_assessments WHERE year = $1 LIMIT 1`,
    [year],
  );
  return r.rows.length > 0;
}
