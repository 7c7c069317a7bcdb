// What runs beside the server for the audit chain: the sealer (every `sealEveryMs`) and the
// anchor writer (every `anchorEveryMs`), until stopped. Several processes may run them: sealers
// take turns through a lock, and an anchor of the same head is written once.
import type { Clock } from "../../platform/clock.ts";
import type { Db } from "../../platform/db.ts";
import type { Logger } from "../../platform/logger.ts";
import { type AnchorOptions, writeAnchor } from "./anchor.ts";
import { AuditSealer } from "./seal.ts";

export interface AuditLoopOptions {
  db: Db;
  clock: Clock;
  log: Logger;
  anchors: AnchorOptions | null;
  sealEveryMs?: number;
  anchorEveryMs?: number;
}

export function startAuditLoops(o: AuditLoopOptions) {
  const sealer = new AuditSealer(o.db);
  let stopped = false;
  const inflight = new Set<Promise<unknown>>();
  const timers: NodeJS.Timeout[] = [];
  const every = (ms: number, what: string, fn: () => Promise<unknown>) => {
    const tick = () => {
      if (stopped) return;
      const p = fn()
        .catch((err: Error) =>
          o.log.error({ err: { message: err.message } }, `audit ${what} failed`),
        )
        .finally(() => {
          inflight.delete(p);
          if (!stopped) timers.push(setTimeout(tick, ms));
        });
      inflight.add(p);
    };
    timers.push(setTimeout(tick, ms));
  };
  const seal = () => sealer.sealOnce();
  const anchor = async () => {
    if (!o.anchors) return null;
    await sealer.sealOnce();
    return writeAnchor(o.db, o.anchors, o.clock.now());
  };
  every(o.sealEveryMs ?? 200, "sealing", seal);
  if (o.anchors) every(o.anchorEveryMs ?? 300_000, "anchoring", anchor);
  return {
    /** Seals everything committed so far. */
    sealNow: () => sealer.sealAll(),
    anchorNow: anchor,
    async stop() {
      stopped = true;
      for (const t of timers) clearTimeout(t);
      await Promise.all(inflight);
    },
  };
}
