// Whether a dossier is late, read through the dossiers module's public functions.
import type { Sql } from "../../platform/db.ts";
import { type Dossier, listEvents, toRecord } from "../dossiers/index.ts";
import { endOf } from "./facts.ts";

/** End of handling as the service index defines it (null while open). */
export async function endOfDossier(sql: Sql, d: Dossier): Promise<Date | null> {
  return endOf(toRecord(d, await listEvents(sql, d.id)));
}
