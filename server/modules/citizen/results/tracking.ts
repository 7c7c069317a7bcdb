// Results sent by post are followed in the operator's tracking API on a schedule: the shipments
// not yet delivered or returned are asked about (50 at a time, the longest unchecked first),
// outside any transaction; each new state is recorded on the dossier in its own transaction,
// the delivery row locked so two workers never record the same state twice.
import type { Clock } from "../../../platform/clock.ts";
import type { Db } from "../../../platform/db.ts";
import { type Logger, scrubText } from "../../../platform/logger.ts";
import { type DossierProjector, recordPostalTracking } from "../../dossiers/index.ts";
import { SYSTEM_ACTOR } from "../../identity/index.ts";
import {
  isFinalPostalState,
  POSTAL_STATES,
  type PostalService,
  type PostalState,
} from "../../integrations/index.ts";

const POST_ACTOR = { ...SYSTEM_ACTOR, username: "system:post" };

export interface TrackingDeps {
  db: Db;
  clock: Clock;
  postal?: PostalService;
  projectors?: DossierProjector[];
}

const rank = (s: string | null) => (s ? POSTAL_STATES.indexOf(s as PostalState) : -1);

/** One round: asks the operator about the moving shipments; returns the new states recorded. */
export async function pollPostalTracking(deps: TrackingDeps, limit = 50): Promise<number> {
  if (!deps.postal) return 0;
  const moving = await deps.db.query<{ provider_ref: string }>(
    `SELECT provider_ref FROM result_deliveries
      WHERE channel = 'post' AND provider_ref IS NOT NULL
        AND (tracking_state IS NULL OR tracking_state NOT IN ('delivered', 'returned'))
      ORDER BY tracking_checked_at NULLS FIRST LIMIT $1`,
    [limit],
  );
  if (!moving.rows.length) return 0;
  const codes = moving.rows.map((r) => r.provider_ref);
  const tracked = await deps.postal.track(codes);
  let recorded = 0;
  for (const itemCode of codes) {
    const events = tracked.get(itemCode) ?? [];
    recorded += await deps.db.transaction(async (tx) => {
      const now = deps.clock.now();
      const r = await tx.query<{ dossier_code: string; tracking_state: string | null }>(
        `SELECT dossier_code, tracking_state FROM result_deliveries
          WHERE channel = 'post' AND provider_ref = $1 FOR UPDATE`,
        [itemCode],
      );
      const row = r.rows[0];
      let seen = rank(row.tracking_state);
      let n = 0;
      // Each state not seen yet, in the operator's order (a final state ends the list).
      for (const e of events) {
        if (rank(e.state) <= seen) continue;
        seen = rank(e.state);
        await recordPostalTracking(tx, POST_ACTOR, now, deps, row.dossier_code, {
          itemCode,
          state: e.state,
          at: new Date(e.at),
          location: e.location,
        });
        await tx.query(
          `UPDATE result_deliveries SET tracking_state = $2, tracking_at = $3, tracking_location = $4
            WHERE channel = 'post' AND provider_ref = $1`,
          [itemCode, e.state, new Date(e.at), e.location],
        );
        n++;
        if (isFinalPostalState(e.state)) break;
      }
      await tx.query(
        "UPDATE result_deliveries SET tracking_checked_at = $2 WHERE channel = 'post' AND provider_ref = $1",
        [itemCode, now],
      );
      return n;
    });
  }
  return recorded;
}

/** Polls every `everyMs` (and at once), one round at a time; stops with the returned function. */
export function startPostalTracking(
  deps: TrackingDeps & { log: Logger },
  everyMs = 30_000,
): () => void {
  if (!deps.postal) return () => {};
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await pollPostalTracking(deps);
    } catch (e) {
      deps.log.warn({ err: scrubText((e as Error).message) }, "postal tracking round failed");
    } finally {
      running = false;
    }
  };
  void tick();
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
