// The documents table: one row per file attached to a dossier.
import type { Clock } from "../../platform/clock.ts";
import type { Sql } from "../../platform/db.ts";
import { badInput } from "../../platform/errors.ts";
import type { FormNo } from "./forms/render.ts";

export type DocumentKind = "form" | "upload" | "result" | "certified_copy" | "draft_result";

export interface NewDocument {
  dossierId: string;
  kind: DocumentKind;
  formNo?: FormNo;
  fileName?: string;
  sha256: string;
  mediaType: string;
  size: number;
  /** Signer's name ("CN, O") when the file carries a verified signature. */
  signer?: string;
  createdBy: string;
}

export interface DocumentRow extends Omit<NewDocument, "formNo" | "fileName" | "signer"> {
  id: string;
  formNo: FormNo | null;
  fileName: string | null;
  signed: boolean;
  signer: string | null;
  createdAt: Date;
}

const COLUMNS = `id, dossier_id, kind, form_no, file_name, sha256, media_type, size, signed, signer, created_by, created_at`;

interface Raw {
  id: string;
  dossier_id: string;
  kind: DocumentKind;
  form_no: FormNo | null;
  file_name: string | null;
  sha256: string;
  media_type: string;
  size: number;
  signed: boolean;
  signer: string | null;
  created_by: string;
  created_at: Date | string;
}

const toRow = (r: Raw): DocumentRow => ({
  id: r.id,
  dossierId: r.dossier_id,
  kind: r.kind,
  formNo: r.form_no,
  fileName: r.file_name,
  sha256: r.sha256,
  mediaType: r.media_type,
  size: Number(r.size),
  signed: r.signed,
  signer: r.signer,
  createdBy: r.created_by,
  createdAt: new Date(r.created_at),
});

export async function insertDocument(
  sql: Sql,
  doc: NewDocument,
  clock: Clock,
): Promise<DocumentRow> {
  if ((doc.kind === "form") !== (doc.formNo !== undefined))
    throw badInput(
      "documents.bad_form_no",
      "formNo",
      "chỉ văn bản loại 'form' có số mẫu, và phải có",
      "is required for forms and only for them",
    );
  if (!/^[0-9a-f]{64}$/.test(doc.sha256))
    throw badInput(
      "documents.bad_hash",
      "sha256",
      "không phải SHA-256 (64 ký tự hex thường)",
      "is not a SHA-256 (64 lower-case hex)",
    );
  if (!Number.isInteger(doc.size) || doc.size <= 0)
    throw badInput(
      "documents.bad_size",
      "size",
      "phải là số nguyên dương",
      "must be a positive integer",
    );
  const r = await sql.query<Raw>(
    `INSERT INTO documents (dossier_id, kind, form_no, file_name, sha256, media_type, size, signed, signer, created_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING ${COLUMNS}`,
    [
      doc.dossierId,
      doc.kind,
      doc.formNo ?? null,
      doc.fileName ?? null,
      doc.sha256,
      doc.mediaType,
      doc.size,
      doc.signer !== undefined,
      doc.signer ?? null,
      doc.createdBy,
      clock.now(),
    ],
  );
  return toRow(r.rows[0]);
}

/** A dossier's documents, oldest first; optionally one kind only. */
export async function listDocuments(
  sql: Sql,
  dossierId: string,
  kind?: DocumentKind,
): Promise<DocumentRow[]> {
  const r = await sql.query<Raw>(
    `SELECT ${COLUMNS} FROM documents WHERE dossier_id = $1 AND ($2::text IS NULL OR kind = $2)
     ORDER BY created_at, id`,
    [dossierId, kind ?? null],
  );
  return r.rows.map(toRow);
}

export async function getDocument(sql: Sql, id: string): Promise<DocumentRow | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const r = await sql.query<Raw>(`SELECT ${COLUMNS} FROM documents WHERE id = $1`, [id]);
  return r.rows[0] ? toRow(r.rows[0]) : undefined;
}
