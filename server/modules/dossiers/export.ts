// Export of dossier records as JSON Lines, streamed page by page with keyset pagination on the
// code; the same shape import reads, so export → import → export is byte-identical.
import type { DossierRecord } from "../../../shared/sync-record.ts";
import type { Sql } from "../../platform/db.ts";
import { toRecord } from "./record.ts";
import { eventFromRow, fromRow } from "./store.ts";
import type { DossierEventRow } from "./types.ts";

export interface ExportPage {
  records: DossierRecord[];
  /** Keyset of the last row, for the next page; null at the end. */
  next: string | null;
}

// biome-ignore lint/suspicious/noExplicitAny: database rows.
async function withEvents(sql: Sql, rows: any[]): Promise<DossierRecord[]> {
  if (!rows.length) return [];
  const ds = rows.map(fromRow);
  const events = new Map<string, DossierEventRow[]>(ds.map((d) => [d.id, []]));
  // biome-ignore lint/suspicious/noExplicitAny: database rows.
  const ev = await sql.query<any>(
    "SELECT dossier_id, seq, type, at, actor_id, actor_name, data FROM dossier_events WHERE dossier_id = ANY($1::uuid[]) ORDER BY dossier_id, seq",
    [ds.map((d) => d.id)],
  );
  for (const e of ev.rows) events.get(e.dossier_id)?.push(eventFromRow(e));
  return ds.map((d) => toRecord(d, events.get(d.id) ?? []));
}

/** One page in code order, after `after` (exclusive). */
export async function exportPage(
  sql: Sql,
  after: string | null,
  limit = 1000,
): Promise<ExportPage> {
  // biome-ignore lint/suspicious/noExplicitAny: database rows.
  const r = await sql.query<any>(
    "SELECT * FROM dossiers WHERE ($1::text IS NULL OR code > $1) ORDER BY code LIMIT $2",
    [after, limit],
  );
  const records = await withEvents(sql, r.rows);
  return { records, next: r.rows.length === limit ? r.rows[r.rows.length - 1].code : null };
}

/** Every dossier, in code order, one line each, through `write`. Returns the count. */
export async function exportAll(
  sql: Sql,
  write: (line: string) => Promise<void> | void,
  pageSize = 1000,
): Promise<number> {
  let after: string | null = null;
  let n = 0;
  do {
    const page: ExportPage = await exportPage(sql, after, pageSize);
    for (const rec of page.records) await write(`${JSON.stringify(rec)}\n`);
    n += page.records.length;
    after = page.next;
  } while (after);
  return n;
}

/** Records changed at or after `since`, oldest change first, keyset on (updated_at, code). */
export async function changedSince(
  sql: Sql,
  since: Date,
  cursor: [string, string] | null,
  limit: number,
) {
  const r = await sql.query<Record<string, unknown>>(
    `SELECT * FROM dossiers WHERE updated_at >= $1 AND ($2::timestamptz IS NULL OR (updated_at, code) > ($2::timestamptz, $3::text))
     ORDER BY updated_at, code LIMIT $4`,
    [since, cursor?.[0] ?? null, cursor?.[1] ?? null, limit],
  );
  const records = await withEvents(sql, r.rows);
  const last = r.rows[r.rows.length - 1];
  const next =
    r.rows.length === limit && last
      ? ([new Date(last.updated_at as string).toISOString(), String(last.code)] as [string, string])
      : null;
  return { records, next };
}
