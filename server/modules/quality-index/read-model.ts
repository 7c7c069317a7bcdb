// qi_dossiers (migration 0051): the latest record of every received dossier, for the views that
// need dossiers themselves (what costs points, forecast), and qi_change_marks for live dashboards.
import type { DossierRecord } from "../../../shared/sync-record.ts";
import type { Sql } from "../../platform/db.ts";
import { formatDay, type Period, periodDays, vnDay } from "./days.ts";

const TERMINAL = new Set(["handled", "result-returned", "stopped", "refused", "withdrawn"]);

/** Row values of a received record (null when never received: it is in no indicator). */
export function rowOf(r: DossierRecord): unknown[] | null {
  if (r.receivedAt === null) return null;
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
  ];
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
export async function saveRecords(tx: Sql, records: DossierRecord[]): Promise<void> {
  const rows = records.map(rowOf);
  const gone = records.filter((_, i) => rows[i] === null).map((r) => r.code);
  const keep = rows.filter((r): r is unknown[] => r !== null);
  if (gone.length) await tx.query("DELETE FROM qi_dossiers WHERE code = ANY($1::text[])", [gone]);
  if (!keep.length) return;
  const col = (i: number) => keep.map((r) => r[i]);
  await tx.query(
    `INSERT INTO qi_dossiers (code, agency_code, procedure_code, received_on, closed_on, record)
     SELECT c, a, p, r, x, j::jsonb FROM unnest($1::text[], $2::text[], $3::text[], $4::date[], $5::date[], $6::text[]) AS t(c, a, p, r, x, j)
     ON CONFLICT (code) DO UPDATE SET agency_code = EXCLUDED.agency_code, procedure_code = EXCLUDED.procedure_code,
       received_on = EXCLUDED.received_on, closed_on = EXCLUDED.closed_on, record = EXCLUDED.record`,
    [col(0), col(1), col(2), col(3), col(4), col(5)],
  );
}

/** A superset of the agencies' dossiers in handled(period) ∪ received(period); the rules filter. */
export async function recordsFor(
  sql: Sql,
  agencies: string[],
  period: Period,
): Promise<DossierRecord[]> {
  periodDays(period);
  const r = await sql.query<{ record: DossierRecord | string }>(
    `SELECT record FROM qi_dossiers
     WHERE agency_code = ANY($1::text[]) AND received_on <= $3::date
       AND (received_on >= $2::date OR closed_on IS NULL OR closed_on >= $2::date)
     ORDER BY code`,
    [agencies, period.from, period.to],
  );
  return r.rows.map((x) => (typeof x.record === "string" ? JSON.parse(x.record) : x.record));
}

/** Bumps the change mark of the agencies (in the dossier's transaction). */
export async function markChanged(tx: Sql, agencies: string[]): Promise<void> {
  const codes = [...new Set(agencies)].sort(); // one lock order: no deadlock between two changes
  if (!codes.length) return;
  await tx.query(
    `INSERT INTO qi_change_marks (agency_code, seq)
     SELECT a, nextval('qi_change_seq') FROM unnest($1::text[]) AS t(a)
     ON CONFLICT (agency_code) DO UPDATE SET seq = EXCLUDED.seq`,
    [codes],
  );
}

export async function readMarks(sql: Sql): Promise<Map<string, number>> {
  const r = await sql.query<{ agency_code: string; seq: number }>(
    "SELECT agency_code, seq FROM qi_change_marks",
  );
  return new Map(r.rows.map((x) => [x.agency_code, Number(x.seq)]));
}
