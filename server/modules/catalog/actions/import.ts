// Importing a procedure record (procedures.jsonl): idempotent by code — the same record twice
// leaves one version; a changed record adds a version (shared spec sync-record.md, Rules).
// Validity (sync-record.md, Procedure): the first version known to the system is in force from
// the beginning, since a province's history predates the import of its catalogue; a later
// version from its legalBasisEffectiveAt, or from now when that is absent or past.
import { procedureRecord, recordIssues } from "../../../../shared/sync-record.ts";
import type { Sql } from "../../../platform/db.ts";
import type { Actor } from "../../identity/index.ts";
import { invalidProcedure } from "../errors.ts";
import { procedureFromRecord } from "../record.ts";
import { latestVersion, lockProcedure } from "../repository.ts";
import { authorizeManage } from "./edit.ts";
import { type SaveChange, saveVersion } from "./save.ts";

export async function upsertProcedureFromRecord(
  tx: Sql,
  input: unknown,
  actor: Actor,
  at: Date,
): Promise<{ code: string; version: number; change: SaveChange }> {
  const parsed = procedureRecord.safeParse(input);
  if (!parsed.success) {
    const code = (input as { code?: unknown } | null)?.code;
    const issues = recordIssues(parsed.error, input).map((i) => ({
      field: i.field,
      vi: unprefix(i.vi, i.field),
      en: unprefix(i.en, i.field),
    }));
    throw invalidProcedure(typeof code === "string" ? code : "?", issues);
  }
  const r = parsed.data;
  // Lock first so two imports of one code never read the same base.
  const locked = await lockProcedure(tx, r.code);
  const base = locked ? ((await latestVersion(tx, r.code))?.procedure ?? null) : null;
  const content = procedureFromRecord(r, base);
  await authorizeManage(tx, actor, [...(base?.agencies ?? []), ...content.agencies]);
  const validFrom = base ? effectiveFrom(r.legalBasisEffectiveAt, at) : HISTORY_START;
  const saved = await saveVersion(tx, content, actor, {
    mode: "upsert",
    at,
    validFrom,
    source: "import",
  });
  return { code: r.code, version: saved.procedure.version, change: saved.change };
}

/** "From the beginning": before any dossier a legacy system can hold (Vietnam midnight, 1900). */
export const HISTORY_START = new Date("1900-01-01T00:00:00+07:00");

/** Vietnam midnight of the effective date when it is still to come; else now. */
function effectiveFrom(date: string | null, now: Date): Date {
  const at = date ? new Date(`${date}T00:00:00+07:00`) : null;
  return at && at > now ? at : now;
}

/** recordIssues prefixes each message with its field; the catalogue's errors add it themselves. */
const unprefix = (m: string, field: string) =>
  m.startsWith(`${field}: `) ? m.slice(field.length + 2) : m;
