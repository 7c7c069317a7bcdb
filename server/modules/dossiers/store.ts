// The projection row: mapping between the dossiers table and the Dossier value.
import type { Sql } from "../../platform/db.ts";
import { notFound } from "../../platform/errors.ts";
import type { Dossier, DossierEventRow, StepRow } from "./types.ts";

const js = (v: unknown, raw: boolean) => (raw ? v : JSON.stringify(v));

/** Columns written by insert/update, in order, with the value each takes from a Dossier
 *  (jsonb as JSON text for parameters, or as the value itself when `raw`). */
const COLUMNS: [string, (d: Dossier, raw: boolean) => unknown][] = [
  ["id", (d) => d.id],
  ["code", (d) => d.code],
  ["procedure_code", (d) => d.procedureCode],
  ["procedure_version", (d) => d.procedureVersion],
  ["agency_code", (d) => d.agencyCode],
  ["receiving_unit", (d) => d.receivingUnit],
  ["channel", (d) => d.channel],
  ["applicant", (d, raw) => (d.applicant ? js(d.applicant, raw) : null)],
  ["status", (d) => d.status],
  ["state", (d) => d.state],
  ["resume_state", (d) => d.resumeState],
  ["submitted_at", (d) => d.submittedAt],
  ["received_at", (d) => d.receivedAt],
  ["due_at", (d) => d.dueAt],
  ["extended_due_at", (d) => d.extendedDueAt],
  ["finished_at", (d) => d.finishedAt],
  ["paused_minutes", (d) => d.pausedMinutes],
  ["current_step", (d) => d.currentStep],
  ["supplement_requests", (d) => d.supplementRequests],
  ["completion_requests", (d) => d.completionRequests],
  ["version", (d) => d.version],
  ["event_seq", (d) => d.eventSeq],
  ["paid_online", (d) => d.paidOnline],
  ["vneid_verified", (d) => d.vneidVerified],
  ["population_db", (d) => d.populationDb],
  ["synced_to_portal", (d) => d.syncedToPortal],
  ["full_online", (d) => d.fullOnline],
  ["result_code", (d) => d.result?.code ?? null],
  ["result_file", (d) => d.result?.file ?? null],
  ["result_pushed", (d) => d.resultPushedToPersonalStore],
  ["components", (d, raw) => js(d.components, raw)],
  ["fees", (d, raw) => js(d.fees, raw)],
  ["form_data", (d, raw) => js(d.formData, raw)],
  ["feedback", (d, raw) => js(d.feedback, raw)],
  ["secret", (d) => d.secret],
  ["updated_at", (d) => d.updatedAt],
];
export const COLUMN_NAMES = COLUMNS.map((c) => c[0]);
export const columnValues = (d: Dossier, raw = false): unknown[] =>
  COLUMNS.map((c) => c[1](d, raw));

// biome-ignore lint/suspicious/noExplicitAny: a database row, typed by the mapping below.
type Row = Record<string, any>;
const json = <T>(v: unknown): T => (typeof v === "string" ? JSON.parse(v) : v) as T;
const date = (v: unknown): Date | null =>
  v == null ? null : v instanceof Date ? v : new Date(String(v));

export function fromRow(r: Row): Dossier {
  return {
    id: r.id,
    code: r.code,
    procedureCode: r.procedure_code,
    procedureVersion: r.procedure_version,
    agencyCode: r.agency_code,
    receivingUnit: r.receiving_unit,
    channel: r.channel,
    applicant: r.applicant == null ? null : json(r.applicant),
    status: r.status,
    state: r.state,
    resumeState: r.resume_state,
    submittedAt: date(r.submitted_at)!,
    receivedAt: date(r.received_at),
    dueAt: date(r.due_at),
    extendedDueAt: date(r.extended_due_at),
    finishedAt: date(r.finished_at),
    pausedMinutes: Number(r.paused_minutes),
    currentStep: r.current_step,
    supplementRequests: r.supplement_requests,
    completionRequests: r.completion_requests,
    version: r.version,
    eventSeq: r.event_seq,
    paidOnline: r.paid_online,
    vneidVerified: r.vneid_verified,
    populationDb: r.population_db,
    syncedToPortal: r.synced_to_portal,
    fullOnline: r.full_online,
    result: r.result_code ? { code: r.result_code, file: r.result_file } : null,
    resultPushedToPersonalStore: r.result_pushed,
    components: json(r.components),
    fees: json(r.fees),
    formData: json(r.form_data),
    feedback: json(r.feedback),
    secret: r.secret,
    updatedAt: date(r.updated_at)!,
  };
}

export const SELECT = `SELECT ${COLUMN_NAMES.join(", ")} FROM dossiers`;

export async function findDossier(sql: Sql, code: string): Promise<Dossier | null> {
  const r = await sql.query<Row>(`${SELECT} WHERE code = $1`, [code]);
  return r.rows[0] ? fromRow(r.rows[0]) : null;
}

export function dossierNotFound(code: string) {
  return notFound("dossiers.not_found", {
    vi: `Không tìm thấy hồ sơ ${code}.`,
    en: `No dossier ${code}.`,
  });
}

export async function getDossier(sql: Sql, code: string): Promise<Dossier> {
  const d = await findDossier(sql, code);
  if (!d) throw dossierNotFound(code);
  return d;
}

export async function insertDossier(tx: Sql, d: Dossier): Promise<void> {
  const params = columnValues(d);
  await tx.query(
    `INSERT INTO dossiers (${COLUMN_NAMES.join(", ")}) VALUES (${params.map((_, i) => `$${i + 1}`).join(", ")})`,
    params,
  );
}

/** Writes the new projection only if the row still has `expectedVersion`; false when it moved. */
export async function updateDossier(
  tx: Sql,
  d: Dossier,
  expectedVersion: number,
): Promise<boolean> {
  const cols = COLUMN_NAMES.slice(1);
  const params = columnValues(d).slice(1);
  const r = await tx.query(
    `UPDATE dossiers SET ${cols.map((c, i) => `${c} = $${i + 1}`).join(", ")}
     WHERE id = $${cols.length + 1} AND version = $${cols.length + 2}`,
    [...params, d.id, expectedVersion],
  );
  return r.rowCount === 1;
}

export async function listEvents(sql: Sql, dossierId: string): Promise<DossierEventRow[]> {
  const r = await sql.query<Row>(
    "SELECT seq, type, at, actor_id, actor_name, data FROM dossier_events WHERE dossier_id = $1 ORDER BY seq",
    [dossierId],
  );
  return r.rows.map(eventFromRow);
}

export function eventFromRow(r: Row): DossierEventRow {
  return {
    seq: r.seq,
    type: r.type,
    at: date(r.at)!,
    actorId: r.actor_id,
    actorName: r.actor_name,
    data: json(r.data),
  };
}

export async function listSteps(sql: Sql, dossierId: string): Promise<StepRow[]> {
  const r = await sql.query<Row>("SELECT * FROM dossier_steps WHERE dossier_id = $1 ORDER BY seq", [
    dossierId,
  ]);
  return r.rows.map((s) => ({
    seq: s.seq,
    stepIndex: s.step_index,
    name: s.name,
    role: s.role,
    agencyCode: s.agency_code,
    quotaHours: Number(s.quota_hours),
    assigneeId: s.assignee_id,
    assigneeName: s.assignee_name,
    handedBy: s.handed_by,
    doneBy: s.done_by ?? null,
    chargedTo: s.charged_to ?? null,
    acknowledgedAt: date(s.acknowledged_at ?? null),
    acknowledgedBy: s.acknowledged_by ?? null,
    receivedAt: date(s.received_at)!,
    dueAt: date(s.due_at)!,
    doneAt: date(s.done_at),
    result: s.result,
    note: s.note,
  }));
}
