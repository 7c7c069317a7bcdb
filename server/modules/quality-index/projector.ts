// The dossiers module runs this inside the transaction of every dossier change: the rollups
// move by (new contribution − old contribution), the read model keeps the new record, and the
// agencies touched get a change mark for the live dashboards.
import type { DossierRecord } from "../../../shared/sync-record.ts";
import type { Sql } from "../../platform/db.ts";
import type { ChangeFacts, DossierProjector, ProjectedChange } from "../dossiers/index.ts";
import { observe } from "./as-of.ts";
import { JudgeCache } from "./calendar-judge.ts";
import { catalogProcedure, loadProcedures, type ProcedureSource } from "./procedures.ts";
import { ProcedureCache, projectBatch } from "./projector-batch.ts";
import { markChanged, saveFacts, saveRecords, storedWithFacts } from "./read-model.ts";
import { applyContribution } from "./repository.ts";

export interface ProjectorDeps {
  /** Calendars per agency (shared with the read side so both judge alike). */
  judges?: JudgeCache;
  procedures?: ProcedureSource;
}

/**
 * The old contribution is taken from the record the index stored last time, not from `before`,
 * so what is subtracted is exactly what was added, even if an earlier change bypassed the
 * projector. (A change of calendar or catalogue after that needs a recompute: `motcua index rebuild`.)
 */
export function projector(deps: ProjectorDeps = {}): DossierProjector {
  const judges = deps.judges ?? new JudgeCache();
  const source = deps.procedures ?? catalogProcedure;
  const one = async (
    tx: Sql,
    _before: DossierRecord | null,
    after: DossierRecord,
    change?: ChangeFacts,
  ) => {
    // A dossier created in this transaction has no stored record to take back.
    const stored = change?.created ? null : await storedWithFacts(tx, after.code);
    const old = stored?.record ?? null;
    const procs = await loadProcedures(
      tx,
      [after.procedure, ...(old ? [old.procedure] : [])],
      source,
    );
    const v = (d: DossierRecord) => ({ dossier: d, procedure: procs.get(d.procedure) });
    if (old && old.agency !== after.agency) {
      await applyContribution(tx, v(old), null, await judges.get(tx, old.agency));
      await applyContribution(tx, null, v(after), await judges.get(tx, after.agency));
    } else await applyContribution(tx, old && v(old), v(after), await judges.get(tx, after.agency));
    // The instant a fact changed in the running system, for the index as it stood then (as-of.ts).
    const history = observe(
      stored?.history ?? null,
      old,
      after,
      change?.dossier.updatedAt ?? new Date(),
    );
    if (history) await saveFacts(tx, after.code, history);
    await saveRecords(
      tx,
      [after],
      history
        ? new Map([[after.code, history]])
        : stored?.history
          ? new Map([[after.code, stored.history]])
          : undefined,
    );
    await markChanged(tx, old ? [old.agency, after.agency] : [after.agency]);
  };
  const procedures = new ProcedureCache();
  return Object.assign(one, {
    batch: (tx: Sql, changes: readonly ProjectedChange[]) =>
      projectBatch(tx, changes, judges, source, procedures),
  });
}
