// What a worker process runs beside the web server: the job worker, and the audit chain's sealer
// and anchor writer (MOTCUA_WORKER=0 runs none of them: a web-only process).
import type { Modules } from "./compose.ts";
import { cronJobs, jobHandlers } from "./jobs.ts";
import { anchorOptionsOf, startAuditLoops } from "./modules/audit/index.ts";
import { startPostalTracking } from "./modules/citizen/index.ts";
import { outboxChannels } from "./outbox-channels.ts";
import type { Clock } from "./platform/clock.ts";
import type { Config } from "./platform/config.ts";
import type { Db } from "./platform/db.ts";
import { Worker } from "./platform/jobs.ts";
import type { Logger } from "./platform/logger.ts";
import { OutboxWorker } from "./platform/outbox-delivery.ts";

export interface BackgroundDeps {
  db: Db;
  clock: Clock;
  log: Logger;
  config: Config;
  modules: Modules;
}

export function startBackground(d: BackgroundDeps) {
  if (!d.config.worker) return { sealNow: async () => null, stop: async () => {} };
  const worker = new Worker(d.db, d.clock, d.log, jobHandlers(d.modules), cronJobs);
  worker.start();
  // Outgoing calls (the national portal's sync) resume from the outbox at every start.
  const outbox = new OutboxWorker(d.db, d.clock, d.log, outboxChannels(d.modules));
  outbox.start();
  // Results sent by post: their shipments followed in the operator's tracking.
  const stopTracking = startPostalTracking(
    { ...d.modules.citizen, log: d.log },
    d.config.postalPollSec * 1000,
  );
  const audit = startAuditLoops({
    db: d.db,
    clock: d.clock,
    log: d.log,
    anchors: anchorOptionsOf(d.config),
    anchorEveryMs: d.config.auditAnchorEverySec * 1000,
  });
  return {
    sealNow: audit.sealNow,
    async stop() {
      outbox.stop();
      stopTracking();
      await worker.stop();
      await audit.stop();
    },
  };
}
