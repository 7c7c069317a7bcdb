// The per-dossier facts this module keeps (acc_dossiers), from the dossier and its exchange record:
// the original appointment and the end of handling as the service index defines them.
import type { DossierRecord } from "../../../shared/sync-record.ts";
import type { Sql } from "../../platform/db.ts";
import type { Statement } from "../../platform/statements.ts";
import { type Dossier, timeliness } from "../dossiers/index.ts";

// Decision 766/QĐ-TTg (docs/rules/index-766.md): end of handling by precedence handled >
// result-returned > stopped | refused | withdrawn; a supplement requested and not (yet) completed
// ends the handling at the request.
const PRECEDENCE = [["handled"], ["result-returned"], ["stopped", "refused", "withdrawn"]];

export function endOf(r: Pick<DossierRecord, "events">): Date | null {
  for (const types of PRECEDENCE) {
    const e = r.events.find((x) => types.includes(x.type));
    if (e) return new Date(e.at);
  }
  const asked = r.events.filter((e) => e.type === "supplement-requested");
  const done = r.events.filter((e) => e.type === "supplement-completed").length;
  if (asked.length > done) return new Date(asked[asked.length - 1].at);
  return null;
}

export async function upsertFacts(tx: Sql, d: Dossier, r: DossierRecord): Promise<void> {
  const s = factsStatement(d, r);
  await tx.query(s.text, s.params);
}

/** The statement upsertFacts runs, to run later (with others: platform/statements.ts). */
export function factsStatement(d: Dossier, r: DossierRecord): Statement {
  return {
    text: `INSERT INTO acc_dossiers (dossier_id, code, agency_code, receiving_unit, procedure_code, received_at,
       due_at, end_at, status, supplement_requests, version)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)
     ON CONFLICT (dossier_id) DO UPDATE SET agency_code = EXCLUDED.agency_code,
       receiving_unit = EXCLUDED.receiving_unit, procedure_code = EXCLUDED.procedure_code,
       received_at = EXCLUDED.received_at, due_at = EXCLUDED.due_at, end_at = EXCLUDED.end_at,
       status = EXCLUDED.status, supplement_requests = EXCLUDED.supplement_requests,
       version = EXCLUDED.version`,
    params: [
      d.id,
      d.code,
      d.agencyCode,
      d.receivingUnit,
      d.procedureCode,
      d.receivedAt,
      d.dueAt,
      endOf(r),
      d.status,
      d.supplementRequests,
      d.version,
    ],
  };
}

/**
 * SQL condition for "late" on acc_dossiers aliased `a`, judged at the instant in parameter `$n`:
 * more than one supplement request, or the end of handling (now while open) after the
 * appointment (Decision 766/QĐ-TTg indicator 2.1).
 */
export const LATE_SQL = (n: number) =>
  `(a.received_at IS NOT NULL AND (a.supplement_requests > 1 OR (a.due_at IS NOT NULL AND COALESCE(a.end_at, $${n}::timestamptz) > a.due_at)))`;

/** Late now, for one dossier: the dossiers module's one verdict (same rule as LATE_SQL). */
export function isLate(d: Dossier, end: Date | null, now: Date): boolean {
  return timeliness({ ...d, endAt: end }, now).late;
}
