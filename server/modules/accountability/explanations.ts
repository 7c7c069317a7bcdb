// The explanation and apology of a late dossier: one row per dossier, drafted (and re-drafted)
// by the responsible step's officer, then signed once by the head with the new date.
import type { Sql } from "../../platform/db.ts";
import { AppError } from "../../platform/errors.ts";

export interface Explanation {
  dossierCode: string;
  agencyCode: string;
  status: "drafted" | "signed";
  reason: string;
  responsibleStep: number | null;
  responsibleStepName: string | null;
  responsibleName: string;
  originalDueAt: Date;
  proposedDueAt: Date;
  draftedBy: string;
  draftedByName: string;
  draftedAt: Date;
  draftSha256: string | null;
  newDueAt: Date | null;
  signedSha256: string | null;
  signedByName: string | null;
  signedAt: Date | null;
  version: number;
}

// biome-ignore lint/suspicious/noExplicitAny: a database row, mapped field by field.
const date = (v: any): Date | null => (v == null ? null : new Date(v));

// biome-ignore lint/suspicious/noExplicitAny: a database row, mapped field by field.
function fromRow(r: any): Explanation {
  return {
    dossierCode: r.dossier_code,
    agencyCode: r.agency_code,
    status: r.status,
    reason: r.reason,
    responsibleStep: r.responsible_step,
    responsibleStepName: r.responsible_step_name,
    responsibleName: r.responsible_name,
    originalDueAt: date(r.original_due_at)!,
    proposedDueAt: date(r.proposed_due_at)!,
    draftedBy: r.drafted_by,
    draftedByName: r.drafted_by_name,
    draftedAt: date(r.drafted_at)!,
    draftSha256: r.draft_sha256,
    newDueAt: date(r.new_due_at),
    signedSha256: r.signed_sha256,
    signedByName: r.signed_by_name,
    signedAt: date(r.signed_at),
    version: r.version,
  };
}

export async function findExplanation(sql: Sql, dossierId: string): Promise<Explanation | null> {
  const r = await sql.query("SELECT * FROM late_explanations WHERE dossier_id = $1", [dossierId]);
  return r.rows[0] ? fromRow(r.rows[0]) : null;
}

/** The explanations of many dossiers at once (a list page), with each dossier's receiving unit for
 * the scope check: one query, not one per row. */
export async function findExplanationsByCode(
  sql: Sql,
  codes: string[],
): Promise<(Explanation & { receivingUnit: string })[]> {
  const r = await sql.query(
    `SELECT e.*, d.receiving_unit FROM late_explanations e JOIN dossiers d ON d.id = e.dossier_id
      WHERE e.dossier_code = ANY($1::text[])`,
    [codes],
  );
  return r.rows.map((row) => ({ ...fromRow(row), receivingUnit: row.receiving_unit as string }));
}

/** 409: the new date is set once (Decree 118/2025/NĐ-CP; dossier-lifecycle.md "Late dossiers"). */
export function alreadyExtended(code: string, newDueAt: Date | null): AppError {
  const at = newDueAt ? newDueAt.toISOString() : "";
  return new AppError(
    "accountability.already_extended",
    "conflict",
    {
      vi: `Hồ sơ ${code} đã được gia hạn một lần (hẹn mới ${at}); thời hạn giải quyết chỉ được gia hạn một lần, không thể gia hạn lần thứ hai.`,
      en: `Dossier ${code} has already been extended once (new date ${at}); the handling time may be extended only once, a second extension is refused.`,
    },
    { extra: { newDueAt: at } },
  );
}

export interface Draft {
  dossierId: string;
  dossierCode: string;
  agencyCode: string;
  reason: string;
  responsibleStep: number | null;
  responsibleStepName: string | null;
  responsibleName: string;
  originalDueAt: Date;
  proposedDueAt: Date;
  draftedBy: string;
  draftedByName: string;
  draftedAt: Date;
  draftSha256: string;
}

/** Saves (or replaces) the draft; refuses when the apology is already signed. */
export async function saveDraft(tx: Sql, x: Draft): Promise<Explanation> {
  const r = await tx.query(
    `INSERT INTO late_explanations (dossier_id, dossier_code, agency_code, status, reason, responsible_step,
       responsible_step_name, responsible_name, original_due_at, proposed_due_at, drafted_by,
       drafted_by_name, drafted_at, draft_sha256)
     VALUES ($1,$2,$3,'drafted',$4,$5,$6,$7,$8,$9,$10,$11,$12,$13)
     ON CONFLICT (dossier_id) DO UPDATE SET reason = EXCLUDED.reason,
       responsible_step = EXCLUDED.responsible_step, responsible_step_name = EXCLUDED.responsible_step_name,
       responsible_name = EXCLUDED.responsible_name, proposed_due_at = EXCLUDED.proposed_due_at,
       drafted_by = EXCLUDED.drafted_by, drafted_by_name = EXCLUDED.drafted_by_name,
       drafted_at = EXCLUDED.drafted_at, draft_sha256 = EXCLUDED.draft_sha256,
       version = late_explanations.version + 1
     WHERE late_explanations.status = 'drafted'
     RETURNING *`,
    [
      x.dossierId,
      x.dossierCode,
      x.agencyCode,
      x.reason,
      x.responsibleStep,
      x.responsibleStepName,
      x.responsibleName,
      x.originalDueAt,
      x.proposedDueAt,
      x.draftedBy,
      x.draftedByName,
      x.draftedAt,
      x.draftSha256,
    ],
  );
  if (!r.rows[0]) {
    const cur = await findExplanation(tx, x.dossierId);
    throw alreadyExtended(x.dossierCode, cur?.newDueAt ?? null);
  }
  return fromRow(r.rows[0]);
}

/** Signs the drafted version `version`: false when it was signed or re-drafted meanwhile. */
export async function markSigned(
  tx: Sql,
  dossierId: string,
  version: number,
  s: { newDueAt: Date; sha256: string; by: string; byName: string; at: Date },
): Promise<Explanation | null> {
  const r = await tx.query(
    `UPDATE late_explanations SET status = 'signed', new_due_at = $3, signed_sha256 = $4, signed_by = $5,
       signed_by_name = $6, signed_at = $7, version = version + 1
     WHERE dossier_id = $1 AND version = $2 AND status = 'drafted' RETURNING *`,
    [dossierId, version, s.newDueAt, s.sha256, s.by, s.byName, s.at],
  );
  return r.rows[0] ? fromRow(r.rows[0]) : null;
}
