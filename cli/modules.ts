// The modules as the server wires them, for commands that change dossiers outside the server
// (imports must keep the late-dossier watch and the index rollups current, as the API does).
import { compose, type Modules } from "../server/compose.ts";
import { CalendarCache } from "../server/modules/calendar/index.ts";
import { AgencyDirectory } from "../server/modules/identity/index.ts";
import { loadConfig } from "../server/platform/config.ts";
import { createLogger } from "../server/platform/logger.ts";
import type { CliContext } from "./context.ts";

export function cliModules(ctx: CliContext, dataDir?: string): Modules {
  const config = { ...loadConfig(), ...(dataDir ? { dataDir } : {}) };
  const base = {
    db: ctx.db,
    clock: ctx.clock,
    log: createLogger("warn"),
    config,
    agencies: new AgencyDirectory(ctx.db),
    // A command's calendars are read once a minute, as the index's judges are (an import's
    // batches would otherwise read every agency's calendar again every few seconds).
    calendars: new CalendarCache(ctx.db, 60_000),
  };
  return compose(base);
}
