// The complaints table and its time-limited steps.
import type { Sql } from "../../../platform/db.ts";
import { onTime, type StepId, type StepRecord } from "./limits.ts";
import type { Complaint } from "./types.ts";

// biome-ignore lint/suspicious/noExplicitAny: a database row, typed by the mapping below.
type Row = Record<string, any>;
const json = <T>(v: unknown): T => (typeof v === "string" ? JSON.parse(v) : v) as T;
const date = (v: unknown): Date | null => (v == null ? null : new Date(v as string));

function fromRow(r: Row, steps: Row[]): Complaint {
  return {
    id: r.id,
    code: r.code,
    secretHash: r.secret_hash,
    dossierCode: r.dossier_code,
    agencyCode: r.agency_code,
    class: r.class,
    classifiedAt: date(r.classified_at),
    state: r.state,
    title: r.title,
    content: r.content,
    complainant: json(r.complainant),
    receivedAt: new Date(r.received_at),
    refuseReason: r.refuse_reason,
    infoRequests: json(r.info_requests),
    answer: r.answer,
    publicQuestion: r.public_question,
    complainantReaction: r.complainant_reaction,
    likes: Number(r.likes),
    dislikes: Number(r.dislikes),
    raisedAgainUnsatisfied: r.raised_again_unsatisfied,
    parentCode: r.parent_code,
    updatedAt: new Date(r.updated_at),
    version: Number(r.version),
    steps: Object.fromEntries(
      steps.map((s) => [
        s.step,
        { step: s.step, dueAt: new Date(s.due_at), doneAt: date(s.done_at) } satisfies StepRecord,
      ]),
    ),
  };
}

export async function findComplaint(
  sql: Sql,
  code: string,
  forUpdate = false,
): Promise<Complaint | null> {
  const r = await sql.query<Row>(
    `SELECT * FROM complaints WHERE code = $1${forUpdate ? " FOR UPDATE" : ""}`,
    [code],
  );
  if (!r.rows[0]) return null;
  const steps = await sql.query<Row>(
    "SELECT step, due_at, done_at FROM complaint_steps WHERE complaint_id = $1",
    [r.rows[0].id],
  );
  return fromRow(r.rows[0], steps.rows);
}

export async function insertComplaint(
  tx: Sql,
  c: Omit<Complaint, "id" | "steps" | "version">,
): Promise<string> {
  const r = await tx.query<{ id: string }>(
    `INSERT INTO complaints (code, secret_hash, dossier_code, agency_code, class, classified_at, state, title, content, complainant, received_at, parent_code, updated_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13) RETURNING id`,
    [
      c.code,
      c.secretHash,
      c.dossierCode,
      c.agencyCode,
      c.class,
      c.classifiedAt,
      c.state,
      c.title,
      c.content,
      JSON.stringify(c.complainant),
      c.receivedAt,
      c.parentCode,
      c.updatedAt,
    ],
  );
  return r.rows[0].id;
}

/** Writes the fields the actions change. */
export async function saveComplaint(tx: Sql, c: Complaint): Promise<void> {
  await tx.query(
    `UPDATE complaints SET agency_code = $2, class = $3, classified_at = $4, state = $5, refuse_reason = $6, info_requests = $7,
       answer = $8, public_question = $9, complainant_reaction = $10, likes = $11, dislikes = $12, raised_again_unsatisfied = $13,
       updated_at = $14, version = version + 1
     WHERE id = $1`,
    [
      c.id,
      c.agencyCode,
      c.class,
      c.classifiedAt,
      c.state,
      c.refuseReason,
      JSON.stringify(c.infoRequests),
      c.answer,
      c.publicQuestion,
      c.complainantReaction,
      c.likes,
      c.dislikes,
      c.raisedAgainUnsatisfied,
      c.updatedAt,
    ],
  );
}

/** Sets a step's due moment (creating the step), unless it is already done. */
export async function setStepDue(
  tx: Sql,
  complaintId: string,
  step: StepId,
  dueAt: Date,
): Promise<void> {
  await tx.query(
    `INSERT INTO complaint_steps (complaint_id, step, due_at) VALUES ($1,$2,$3)
     ON CONFLICT (complaint_id, step) DO UPDATE SET due_at = EXCLUDED.due_at WHERE complaint_steps.done_at IS NULL`,
    [complaintId, step, dueAt],
  );
}

/** Marks a step done at `at` (only the first time), judged against its due moment. */
export async function markStepDone(tx: Sql, c: Complaint, step: StepId, at: Date): Promise<void> {
  const s = c.steps[step];
  if (!s || s.doneAt) return;
  await tx.query(
    "UPDATE complaint_steps SET done_at = $3, on_time = $4 WHERE complaint_id = $1 AND step = $2 AND done_at IS NULL",
    [c.id, step, at, onTime(at, s.dueAt)],
  );
  s.doneAt = at;
}
