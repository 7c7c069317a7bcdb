// The dossiers of one person, by the personal ID number on their applicant record (the
// citizen's "Hồ sơ của tôi" after a VNeID sign-in), newest first.
import type { Sql } from "../../platform/db.ts";
import { fromRow, SELECT } from "./store.ts";
import type { Dossier } from "./types.ts";

export async function dossiersOfApplicant(
  sql: Sql,
  idNumber: string,
  limit = 200,
): Promise<Dossier[]> {
  const r = await sql.query(
    `${SELECT} WHERE applicant->>'idNumber' = $1 ORDER BY submitted_at DESC LIMIT $2`,
    [idNumber, limit],
  );
  return r.rows.map((x) => fromRow(x as Record<string, unknown>));
}
