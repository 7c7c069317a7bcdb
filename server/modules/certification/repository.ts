// The certified-copy register in the database: one numbering per agency and year, taken with the
// entry in one transaction (no gaps, no repeats, whatever the concurrency).
import type { Sql } from "../../platform/db.ts";

export interface CopyEntry {
  id: number;
  agencyCode: string;
  year: number;
  number: number;
  certifiedAt: Date;
  requesterName: string;
  documentName: string;
  pages: number;
  copies: number;
  electronic: boolean;
  fileSha256: string | null;
  /** The scan of the original the electronic copy was made from. */
  originalSha256: string | null;
  dossierCode: string | null;
  fee: number;
  performedBy: string;
  signerName: string;
  signerTitle: string;
}

export type NewCopyEntry = Omit<CopyEntry, "id" | "number">;

/** The next number of the agency's register of the year (locks that register's row). */
export async function nextNumber(tx: Sql, agencyCode: string, year: number): Promise<number> {
  const r = await tx.query<{ last_number: number }>(
    `INSERT INTO certified_copy_registers (agency_code, year, last_number) VALUES ($1, $2, 1)
     ON CONFLICT (agency_code, year)
     DO UPDATE SET last_number = certified_copy_registers.last_number + 1
     RETURNING last_number`,
    [agencyCode, year],
  );
  return r.rows[0].last_number;
}

export async function insertCopy(tx: Sql, e: NewCopyEntry, number: number): Promise<number> {
  const r = await tx.query<{ id: string }>(
    `INSERT INTO certified_copies (agency_code, year, number, certified_at, requester_name,
       document_name, pages, copies, electronic, file_sha256, original_sha256, dossier_code, fee,
       performed_by, signer_name, signer_title)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16) RETURNING id`,
    [
      e.agencyCode,
      e.year,
      number,
      e.certifiedAt,
      e.requesterName,
      e.documentName,
      e.pages,
      e.copies,
      e.electronic,
      e.fileSha256,
      e.originalSha256,
      e.dossierCode,
      e.fee,
      e.performedBy,
      e.signerName,
      e.signerTitle,
    ],
  );
  return Number(r.rows[0].id);
}

interface Row {
  id: string;
  agency_code: string;
  year: number;
  number: number;
  certified_at: Date;
  requester_name: string;
  document_name: string;
  pages: number;
  copies: number;
  electronic: boolean;
  file_sha256: string | null;
  original_sha256: string | null;
  dossier_code: string | null;
  fee: string;
  performed_by: string;
  signer_name: string;
  signer_title: string;
}

const entryOf = (r: Row): CopyEntry => ({
  id: Number(r.id),
  agencyCode: r.agency_code,
  year: r.year,
  number: r.number,
  certifiedAt: new Date(r.certified_at),
  requesterName: r.requester_name,
  documentName: r.document_name,
  pages: r.pages,
  copies: r.copies,
  electronic: r.electronic,
  fileSha256: r.file_sha256,
  originalSha256: r.original_sha256,
  dossierCode: r.dossier_code,
  fee: Number(r.fee),
  performedBy: r.performed_by,
  signerName: r.signer_name,
  signerTitle: r.signer_title,
});

/** The register of the agencies between two instants, in the order of its numbers. */
export async function listCopies(
  sql: Sql,
  agencies: readonly string[],
  from: Date,
  to: Date,
): Promise<CopyEntry[]> {
  const r = await sql.query<Row>(
    `SELECT * FROM certified_copies
     WHERE agency_code = ANY($1) AND certified_at >= $2 AND certified_at < $3
     ORDER BY agency_code, year, number`,
    [agencies, from, to],
  );
  return r.rows.map(entryOf);
}

export async function getCopy(sql: Sql, id: number): Promise<CopyEntry | null> {
  const r = await sql.query<Row>("SELECT * FROM certified_copies WHERE id = $1", [id]);
  return r.rows[0] ? entryOf(r.rows[0]) : null;
}

/**
 * Indicator 4.6 of Decision 766/QĐ-TTg (formula assumed in index-766.md): copies certified
 * electronically / copies certified. The entries of the agencies certified in [from, to); an
 * entry counts once, however many paper copies it made.
 */
export async function certifiedCopiesForIndex(
  sql: Sql,
  agencies: readonly string[],
  from: Date,
  to: Date,
): Promise<{ at: Date; electronic: boolean }[]> {
  const r = await sql.query<{ certified_at: Date; electronic: boolean }>(
    `SELECT certified_at, electronic FROM certified_copies
     WHERE agency_code = ANY($1) AND certified_at >= $2 AND certified_at < $3`,
    [agencies, from, to],
  );
  return r.rows.map((x) => ({ at: new Date(x.certified_at), electronic: x.electronic }));
}

export interface SignerRow {
  username: string;
  full_name: string;
  role: "head" | "leader";
}

/** The user as an active head or leader of the agency (the head's role first), or undefined. */
export async function certifierRow(
  sql: Sql,
  username: string,
  agency: string,
): Promise<SignerRow | undefined> {
  const r = await sql.query<SignerRow>(
    `SELECT u.username, u.full_name, r.role FROM users u JOIN user_roles r ON r.user_id = u.id
     WHERE u.username = $1 AND r.agency_code = $2 AND r.role IN ('head', 'leader') AND u.active
     ORDER BY (r.role = 'head') DESC LIMIT 1`,
    [username, agency],
  );
  return r.rows[0];
}

/** Every active head or leader of the agency, once each (the head's role first). */
export async function signerRows(sql: Sql, agency: string): Promise<SignerRow[]> {
  const r = await sql.query<SignerRow>(
    `SELECT DISTINCT ON (u.username) u.username, u.full_name, r.role
       FROM users u JOIN user_roles r ON r.user_id = u.id
      WHERE r.agency_code = $1 AND r.role IN ('head', 'leader') AND u.active
      ORDER BY u.username, (r.role = 'head') DESC`,
    [agency],
  );
  return r.rows;
}
