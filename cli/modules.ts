// The modules as the server wires them (server/system.ts), for commands that change dossiers
// outside the server (imports must keep the late-dossier watch and the index rollups current, as
// the API does). Signing follows the same configuration as the server's.
import type { Modules } from "../server/compose.ts";
import { loadConfig } from "../server/platform/config.ts";
import { createLogger } from "../server/platform/logger.ts";
import { buildSystem } from "../server/system.ts";
import type { CliContext } from "./context.ts";

export function cliModules(ctx: CliContext, dataDir?: string): Modules {
  const config = { ...loadConfig(), ...(dataDir ? { dataDir } : {}) };
  // A command's calendars are read once a minute, as the index's judges are (an import's batches
  // would otherwise read every agency's calendar again every few seconds).
  return buildSystem({
    config,
    db: ctx.db,
    clock: ctx.clock,
    log: createLogger("warn"),
    cacheMs: 60_000,
  }).modules;
}
