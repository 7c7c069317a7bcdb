// Importing a procedure record (procedures.jsonl): idempotent by code — the same record twice
// leaves one version; a changed record adds a version (shared spec sync-record.md, Rules).
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
  const saved = await saveVersion(tx, content, actor, { mode: "upsert", at, source: "import" });
  return { code: r.code, version: saved.procedure.version, change: saved.change };
}

/** recordIssues prefixes each message with its field; the catalogue's errors add it themselves. */
const unprefix = (m: string, field: string) =>
  m.startsWith(`${field}: `) ? m.slice(field.length + 2) : m;
