// The catalogue as the index sees it: the latest recorded version of each procedure, as an
// exchange record. The projector and the full recompute both use it, so they agree; after a
// procedure changes, recompute (the rollups keep the version they were computed with).
import type { ProcedureRecord } from "../../../shared/sync-record.ts";
import type { Sql } from "../../platform/db.ts";
import { listProcedures, procedureToRecord, readProcedureVersion } from "../catalog/index.ts";

export type ProcedureSource = (sql: Sql, code: string) => Promise<ProcedureRecord | undefined>;

/** The catalogue's shared read-only copy of the latest version; procedureToRecord copies it. */
export const catalogProcedure: ProcedureSource = async (sql, code) => {
  const p = await readProcedureVersion(sql, code);
  return p ? procedureToRecord(p) : undefined;
};

/** Loads the codes not yet in `into` (one query each; a province has a few thousand). */
export async function loadProcedures(
  sql: Sql,
  codes: Iterable<string>,
  source: ProcedureSource,
  into = new Map<string, ProcedureRecord | undefined>(),
): Promise<Map<string, ProcedureRecord | undefined>> {
  for (const c of new Set(codes)) if (!into.has(c)) into.set(c, await source(sql, c));
  return into;
}

/** The procedures any of the agencies handles, in force at `at` (for 1.1–1.3, 3.1, 3.2, 3.5a). */
export async function proceduresOf(
  sql: Sql,
  agencies: string[],
  at: Date,
): Promise<ProcedureRecord[]> {
  const out: ProcedureRecord[] = [];
  let cursor: string | undefined;
  do {
    const page = await listProcedures(sql, { agency: agencies, at }, { cursor, limit: 1000 });
    for (const p of page.items) out.push(procedureToRecord(p));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}
