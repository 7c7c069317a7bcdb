// What a backup records of the store, and what a restore must find again: every table's row
// count and digest (md5 of its rows in a fixed order), and the audit chain's head.
import type { Sql } from "../../server/platform/db.ts";

export interface StoreFacts {
  tables: Record<string, { rows: number; digest: string }>;
  auditHead: { seq: number; hash: string } | null;
}

export async function storeFacts(sql: Sql): Promise<StoreFacts> {
  const names = await sql.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const tables: StoreFacts["tables"] = {};
  for (const { name } of names.rows) {
    const q = `"${name.replace(/"/g, '""')}"`;
    const r = await sql.query<{ rows: number; digest: string | null }>(
      `SELECT count(*)::int AS rows, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS digest
         FROM ${q} t`,
    );
    tables[name] = { rows: r.rows[0].rows, digest: r.rows[0].digest ?? "" };
  }
  const head = tables.audit_log
    ? await sql.query<{ seq: number; hash: string }>(
        "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1",
      )
    : { rows: [] };
  return {
    tables,
    auditHead: head.rows[0] ? { seq: Number(head.rows[0].seq), hash: head.rows[0].hash } : null,
  };
}

/** The tables whose count or digest differ (empty when the stores hold the same rows). */
export function factsDiffer(a: StoreFacts, b: StoreFacts): string[] {
  const names = new Set([...Object.keys(a.tables), ...Object.keys(b.tables)]);
  const out: string[] = [];
  for (const n of [...names].sort()) {
    const x = a.tables[n];
    const y = b.tables[n];
    if (!x || !y || x.rows !== y.rows || x.digest !== y.digest) out.push(n);
  }
  if (a.auditHead?.hash !== b.auditHead?.hash) out.push("audit_log (head)");
  return out;
}
