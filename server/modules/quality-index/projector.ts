// The dossiers module runs this inside the transaction of every dossier change: the rollups
// move by (new contribution − old contribution), the read model keeps the new record, and the
// agencies touched get a change mark for the live dashboards.
import type { DossierRecord } from "../../../shared/sync-record.ts";
import type { Sql } from "../../platform/db.ts";
import { runTogether, type Statement } from "../../platform/statements.ts";
import type { ChangeFacts, DossierProjector, ProjectedChange } from "../dossiers/index.ts";
import { observe } from "./as-of.ts";
import { JudgeCache } from "./calendar-judge.ts";
import { catalogProcedure, loadProcedures, type ProcedureSource } from "./procedures.ts";
import { ProcedureCache, projectBatch } from "./projector-batch.ts";
import {
  factsStatements,
  markStatements,
  recordStatements,
  storedWithFacts,
} from "./read-model.ts";
import { contributionStatements } from "./repository.ts";

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
    // The writes below go as one statement (platform/statements.ts): each touches its own table,
    // and the two contributions of a move between agencies touch different agencies' rows.
    const writes: Statement[] = [];
    if (old && old.agency !== after.agency) {
      writes.push(...contributionStatements(v(old), null, await judges.get(tx, old.agency)));
      writes.push(...contributionStatements(null, v(after), await judges.get(tx, after.agency)));
    } else
      writes.push(
        ...contributionStatements(old && v(old), v(after), await judges.get(tx, after.agency)),
      );
    // The instant a fact changed in the running system, for the index as it stood then (as-of.ts).
    const history = observe(
      stored?.history ?? null,
      old,
      after,
      change?.dossier.updatedAt ?? new Date(),
    );
    if (history) writes.push(...factsStatements(after.code, history));
    writes.push(
      ...recordStatements(
        [after],
        history
          ? new Map([[after.code, history]])
          : stored?.history
            ? new Map([[after.code, stored.history]])
            : undefined,
      ),
    );
    writes.push(...markStatements(old ? [old.agency, after.agency] : [after.agency]));
    await runTogether(tx, writes);
  };
  const procedures = new ProcedureCache();
  return Object.assign(one, {
    batch: (tx: Sql, changes: readonly ProjectedChange[]) =>
      projectBatch(tx, changes, judges, source, procedures),
  });
}
