// qi_dossiers (migration 0051): the latest record of every received dossier, for the views that
// need dossiers themselves (what costs points, forecast), and qi_change_marks for live dashboards.
import type { DossierRecord } from "../../../shared/sync-record.ts";
import type { Sql } from "../../platform/db.ts";
import type { Statement } from "../../platform/statements.ts";
import { type FactHistory, lastInstant, recordAsOf } from "./as-of.ts";
import { formatDay, type Period, periodDays, vnDay } from "./days.ts";

const TERMINAL = new Set(["handled", "result-returned", "stopped", "refused", "withdrawn"]);

/** Row values of a received record (null when never received: it is in no indicator). */
export function rowOf(r: DossierRecord, history?: FactHistory | null): unknown[] | null {
  const last = lastInstant(r, history);
  if (r.receivedAt === null || last === null) return null;
  const closed = r.events
    .filter((e) => TERMINAL.has(e.type))
    .reduce<number | null>((m, e) => Math.max(m ?? 0, vnDay(Date.parse(e.at))), null);
  return [
    r.code,
    r.agency,
    r.procedure,
    formatDay(vnDay(Date.parse(r.receivedAt))),
    closed === null ? null : formatDay(closed),
    JSON.stringify(r),
    new Date(last).toISOString(),
  ];
}

const parse = <T>(v: T | string): T => (typeof v === "string" ? JSON.parse(v) : v);

/** The stored record and its observed fact history (null: none observed), locked for the change. */
export async function storedWithFacts(
  tx: Sql,
  code: string,
): Promise<{ record: DossierRecord; history: FactHistory | null } | null> {
  const r = await tx.query<{
    record: DossierRecord | string;
    history: FactHistory | string | null;
  }>(
    `SELECT d.record, f.history FROM qi_dossiers d LEFT JOIN qi_dossier_facts f ON f.code = d.code
      WHERE d.code = $1 FOR UPDATE OF d`,
    [code],
  );
  const row = r.rows[0];
  if (!row) return null;
  return { record: parse(row.record), history: row.history === null ? null : parse(row.history) };
}

/** Stores the observed fact history of a dossier (its last instant moves the record's last_at). */
export async function saveFacts(tx: Sql, code: string, history: FactHistory): Promise<void> {
  for (const s of factsStatements(code, history)) await tx.query(s.text, s.params);
}

/** The statement saveFacts runs (none for an empty history), to run later. */
export function factsStatements(code: string, history: FactHistory): Statement[] {
  const last = history[history.length - 1]?.at;
  if (!last) return [];
  return [
    {
      text: `INSERT INTO qi_dossier_facts (code, history, last_at) VALUES ($1, $2::jsonb, $3)
     ON CONFLICT (code) DO UPDATE SET history = EXCLUDED.history, last_at = EXCLUDED.last_at`,
      params: [code, JSON.stringify(history), last],
    },
  ];
}

/** Forgets observed histories: an imported record is the authority on its own history. */
export async function dropFacts(tx: Sql, codes: string[]): Promise<void> {
  if (codes.length)
    await tx.query("DELETE FROM qi_dossier_facts WHERE code = ANY($1::text[])", [codes]);
}

/** After a rewrite of qi_dossiers from the records: last_at again covers the observed histories. */
export async function restoreLastAt(tx: Sql): Promise<void> {
  await tx.query(
    `UPDATE qi_dossiers d SET last_at = f.last_at FROM qi_dossier_facts f
      WHERE f.code = d.code AND f.last_at > d.last_at`,
  );
}

export interface RecordWithFacts {
  record: DossierRecord;
  history: FactHistory | null;
}

/**
 * The agencies' received dossiers (received by `to`) that moved after `cutoff`: the only ones
 * whose contribution to a period ending by then differs from today's.
 */
export async function movedSince(
  sql: Sql,
  agencies: string[],
  to: string,
  cutoff: Date,
): Promise<RecordWithFacts[]> {
  const r = await sql.query<{
    record: DossierRecord | string;
    history: FactHistory | string | null;
  }>(
    `SELECT d.record, f.history FROM qi_dossiers d LEFT JOIN qi_dossier_facts f ON f.code = d.code
      WHERE d.agency_code = ANY($1::text[]) AND d.received_on <= $2::date AND d.last_at > $3
      ORDER BY d.code`,
    [agencies, to, cutoff],
  );
  return r.rows.map((x) => ({
    record: parse(x.record),
    history: x.history === null ? null : parse(x.history),
  }));
}

/** The stored record (what the rollups hold for the dossier), locked for the change. */
export async function storedRecord(tx: Sql, code: string): Promise<DossierRecord | null> {
  const r = await tx.query<{ record: DossierRecord | string }>(
    "SELECT record FROM qi_dossiers WHERE code = $1 FOR UPDATE",
    [code],
  );
  const v = r.rows[0]?.record;
  return v === undefined ? null : typeof v === "string" ? JSON.parse(v) : v;
}

/** Writes the records (upsert) and removes the codes of never-received ones. */
export async function saveRecords(
  tx: Sql,
  records: DossierRecord[],
  histories?: ReadonlyMap<string, FactHistory>,
): Promise<void> {
  for (const s of recordStatements(records, histories)) await tx.query(s.text, s.params);
}

/** The statements saveRecords runs (a delete, an upsert: each only when needed), to run later. */
export function recordStatements(
  records: DossierRecord[],
  histories?: ReadonlyMap<string, FactHistory>,
): Statement[] {
  const out: Statement[] = [];
  const rows = records.map((r) => rowOf(r, histories?.get(r.code)));
  const gone = records.filter((_, i) => rows[i] === null).map((r) => r.code);
  const keep = rows.filter((r): r is unknown[] => r !== null);
  if (gone.length)
    out.push({ text: "DELETE FROM qi_dossiers WHERE code = ANY($1::text[])", params: [gone] });
  if (!keep.length) return out;
  const col = (i: number) => keep.map((r) => r[i]);
  out.push({
    text: `INSERT INTO qi_dossiers (code, agency_code, procedure_code, received_on, closed_on, record, last_at)
     SELECT c, a, p, r, x, j::jsonb, l FROM unnest($1::text[], $2::text[], $3::text[], $4::date[], $5::date[], $6::text[], $7::timestamptz[]) AS t(c, a, p, r, x, j, l)
     ON CONFLICT (code) DO UPDATE SET agency_code = EXCLUDED.agency_code, procedure_code = EXCLUDED.procedure_code,
       received_on = EXCLUDED.received_on, closed_on = EXCLUDED.closed_on, record = EXCLUDED.record,
       last_at = EXCLUDED.last_at`,
    params: [col(0), col(1), col(2), col(3), col(4), col(5), col(6)],
  });
  return out;
}

/**
 * A superset of the agencies' dossiers in handled(period) ∪ received(period); the rules filter.
 * With `cutoff`, each record as it stood then (index-766.md: as things stood at the period end).
 */
export async function recordsFor(
  sql: Sql,
  agencies: string[],
  period: Period,
  cutoff?: Date,
): Promise<DossierRecord[]> {
  periodDays(period);
  const r = await sql.query<{
    record: DossierRecord | string;
    history: FactHistory | string | null;
  }>(
    `SELECT d.record, ${cutoff ? "f.history" : "NULL AS history"} FROM qi_dossiers d
       ${cutoff ? "LEFT JOIN qi_dossier_facts f ON f.code = d.code" : ""}
     WHERE d.agency_code = ANY($1::text[]) AND d.received_on <= $3::date
       AND (d.received_on >= $2::date OR d.closed_on IS NULL OR d.closed_on >= $2::date)
     ORDER BY d.code`,
    [agencies, period.from, period.to],
  );
  const out: DossierRecord[] = [];
  for (const x of r.rows) {
    const rec = parse(x.record);
    if (!cutoff) out.push(rec);
    else {
      const then = recordAsOf(rec, x.history === null ? null : parse(x.history), cutoff.getTime());
      if (then) out.push(then);
    }
  }
  return out;
}

/** Bumps the change mark of the agencies (in the dossier's transaction). */
export async function markChanged(tx: Sql, agencies: string[]): Promise<void> {
  for (const s of markStatements(agencies)) await tx.query(s.text, s.params);
}

/** The statement markChanged runs (none without agencies), to run later. */
export function markStatements(agencies: string[]): Statement[] {
  const codes = [...new Set(agencies)].sort(); // one lock order: no deadlock between two changes
  if (!codes.length) return [];
  return [
    {
      text: `INSERT INTO qi_change_marks (agency_code, seq)
     SELECT a, nextval('qi_change_seq') FROM unnest($1::text[]) AS t(a)
     ON CONFLICT (agency_code) DO UPDATE SET seq = EXCLUDED.seq`,
      params: [codes],
    },
  ];
}

export async function readMarks(sql: Sql): Promise<Map<string, number>> {
  const r = await sql.query<{ agency_code: string; seq: number }>(
    "SELECT agency_code, seq FROM qi_change_marks",
  );
  return new Map(r.rows.map((x) => [x.agency_code, Number(x.seq)]));
}
