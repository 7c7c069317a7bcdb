// Keeps this module current with every dossier change, inside the change's transaction (a
// DossierProjector plugged into the dossiers module by server/app.ts): the dossier's facts and its
// warning moments. Only changed dossiers are touched; the sweep only reads moments that have come.
import type { DossierRecord } from "../../../shared/sync-record.ts";
import type { Sql } from "../../platform/db.ts";
import { runTogether } from "../../platform/statements.ts";
import {
  type ChangeFacts,
  type Dossier,
  type DossierProjector,
  exportPage,
  findDossier,
  type ProjectedChange,
} from "../dossiers/index.ts";
import { type AccountabilityDeps, type CalendarOf, defaultCalendarOf, optionsOf } from "./deps.ts";
import { findExplanation } from "./explanations.ts";
import { factsStatement, upsertFacts } from "./facts.ts";
import { watchBatch } from "./projector-batch.ts";
import type { Threshold } from "./thresholds.ts";
import { desiredWarnings, saveWarnings, warningStatements } from "./watch.ts";

export interface WatchDeps {
  calendarFor?: CalendarOf;
  thresholds: Threshold[];
}

/**
 * Recomputes the dossier's warning moments (after a change or the signing of an extension). A
 * dossier created in this transaction has no explanation and no moments yet: nothing to read.
 */
export async function refreshWarnings(
  tx: Sql,
  d: Dossier,
  w: WatchDeps,
  created = false,
): Promise<void> {
  await saveWarnings(tx, d, await wantedWarnings(tx, d, w, created), created);
}

/** The dossier's warning moments as they should now stand (refreshWarnings saves them). */
async function wantedWarnings(tx: Sql, d: Dossier, w: WatchDeps, created: boolean) {
  const cal = await (w.calendarFor ?? defaultCalendarOf)(tx, d.agencyCode);
  const x = created ? null : await findExplanation(tx, d.id);
  const ext = x?.newDueAt && x.signedAt ? { newDueAt: x.newDueAt, signedAt: x.signedAt } : null;
  return desiredWarnings(tx, d, ext, w.thresholds, cal);
}

async function project(
  tx: Sql,
  after: DossierRecord,
  w: WatchDeps,
  change?: ChangeFacts,
): Promise<void> {
  // The change hands over the stored dossier; only a caller without it (backfill) reads it back.
  const d = change?.dossier ?? (await findDossier(tx, after.code));
  if (!d) return;
  const created = change?.created ?? false;
  // Read first (the open steps, the explanation); then the facts and the moments in one statement.
  const wanted = await wantedWarnings(tx, d, w, created);
  await runTogether(tx, [factsStatement(d, after), ...warningStatements(d, wanted, created)]);
}

export function watchDepsOf(deps: Pick<AccountabilityDeps, "calendarFor" | "accountability">) {
  return { calendarFor: deps.calendarFor, thresholds: optionsOf(deps).thresholds };
}

/** The projector to add to the dossiers module's `projectors`. */
export function accountabilityProjector(
  deps: Pick<AccountabilityDeps, "calendarFor" | "accountability"> = {},
): DossierProjector {
  const w = watchDepsOf(deps);
  const one: DossierProjector = (tx, _before, after, change) => project(tx, after, w, change);
  return Object.assign(one, {
    batch: (tx: Sql, changes: readonly ProjectedChange[]) =>
      watchBatch(tx, changes, w, async (t, c) => {
        await upsertFacts(t, c.dossier, c.after);
        await refreshWarnings(t, c.dossier, w);
      }),
  });
}

/**
 * Brings every existing dossier in (first deployment, or after the projector was off): pages
 * through the dossiers module's export in code order, one transaction per page.
 */
export async function backfillAccountability(
  deps: Pick<AccountabilityDeps, "db" | "calendarFor" | "accountability">,
  pageSize = 500,
): Promise<number> {
  const w = watchDepsOf(deps);
  let after: string | null = null;
  let n = 0;
  do {
    const page: Awaited<ReturnType<typeof exportPage>> = await exportPage(deps.db, after, pageSize);
    await deps.db.transaction(async (tx) => {
      for (const r of page.records) await project(tx, r, w);
    });
    n += page.records.length;
    after = page.next;
  } while (after);
  return n;
}
