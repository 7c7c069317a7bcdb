// The evaluations table: one row per dossier, with the officers who took part.
import type { Sql } from "../../../platform/db.ts";
import type { Officer } from "../deps.ts";
import { type BandId, bandOf, type Reaction, type Satisfaction, type Scores } from "./criteria.ts";

export type Via = "applicant" | "secret" | "counter";

export interface EvaluationInput {
  scores: Scores;
  convenience: Satisfaction;
  overall: Satisfaction;
  reaction: Reaction | null;
  comment: string | null;
}

export interface Evaluation extends EvaluationInput {
  id: string;
  dossierCode: string;
  agencyCode: string;
  receivingUnit: string;
  total: number;
  band: BandId;
  via: Via;
  byUserId: string | null;
  byName: string;
  createdAt: Date;
  updatedAt: Date;
  editableUntil: Date;
  edits: number;
}

// biome-ignore lint/suspicious/noExplicitAny: a database row, typed by the mapping below.
type Row = Record<string, any>;
const json = <T>(v: unknown): T => (typeof v === "string" ? JSON.parse(v) : v) as T;

function fromRow(r: Row): Evaluation {
  return {
    id: r.id,
    dossierCode: r.dossier_code,
    agencyCode: r.agency_code,
    receivingUnit: r.receiving_unit,
    scores: json(r.scores),
    total: Number(r.total),
    band: bandOf(Number(r.total)),
    convenience: r.convenience,
    overall: r.overall,
    reaction: r.reaction,
    comment: r.comment,
    via: r.via,
    byUserId: r.by_user_id,
    byName: r.by_name,
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
    editableUntil: new Date(r.editable_until),
    edits: Number(r.edits),
  };
}

export async function findEvaluation(
  sql: Sql,
  dossierCode: string,
  forUpdate = false,
): Promise<Evaluation | null> {
  const r = await sql.query<Row>(
    `SELECT * FROM evaluations WHERE dossier_code = $1${forUpdate ? " FOR UPDATE" : ""}`,
    [dossierCode],
  );
  return r.rows[0] ? fromRow(r.rows[0]) : null;
}

/** Inserts the evaluation; null when the dossier already has one (a concurrent insert won). */
export async function insertEvaluation(
  tx: Sql,
  e: Omit<Evaluation, "id" | "band" | "updatedAt" | "edits">,
  officers: Officer[],
): Promise<Evaluation | null> {
  const r = await tx.query<Row>(
    `INSERT INTO evaluations (dossier_code, agency_code, receiving_unit, scores, total, convenience, overall, reaction, comment, via, by_user_id, by_name, created_at, updated_at, editable_until)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$13,$14)
     ON CONFLICT (dossier_code) DO NOTHING RETURNING *`,
    [
      e.dossierCode,
      e.agencyCode,
      e.receivingUnit,
      JSON.stringify(e.scores),
      e.total,
      e.convenience,
      e.overall,
      e.reaction,
      e.comment,
      e.via,
      e.byUserId,
      e.byName,
      e.createdAt,
      e.editableUntil,
    ],
  );
  const row = r.rows[0];
  if (!row) return null;
  for (const o of officers)
    await tx.query(
      "INSERT INTO evaluation_officers (evaluation_id, officer_id, officer_name, agency_code) VALUES ($1,$2,$3,$4) ON CONFLICT DO NOTHING",
      [row.id, o.id, o.name, o.agencyCode],
    );
  return fromRow(row);
}

export async function updateEvaluation(
  tx: Sql,
  id: string,
  input: EvaluationInput,
  total: number,
  at: Date,
): Promise<Evaluation> {
  const r = await tx.query<Row>(
    `UPDATE evaluations SET scores = $2, total = $3, convenience = $4, overall = $5, reaction = $6, comment = $7, updated_at = $8, edits = edits + 1
      WHERE id = $1 RETURNING *`,
    [
      id,
      JSON.stringify(input.scores),
      total,
      input.convenience,
      input.overall,
      input.reaction,
      input.comment,
      at,
    ],
  );
  return fromRow(r.rows[0]);
}
