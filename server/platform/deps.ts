import type { Clock } from "./clock.ts";
import type { Config } from "./config.ts";
import type { Db } from "./db.ts";
import type { Logger } from "./logger.ts";

/** What every module's routes and jobs receive: passed explicitly, never global. */
export interface BaseDeps {
  db: Db;
  clock: Clock;
  log: Logger;
  config: Config;
}
