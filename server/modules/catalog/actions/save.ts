// Saving a version: the one path every change takes (editor, import, demo seeding). Checks the
// rules, numbers the version, keeps valid_from monotonic, and audits in the same transaction.
import type { AuditRecord } from "../../../platform/command.ts";
import type { Sql } from "../../../platform/db.ts";
import { badInput, type FieldIssue } from "../../../platform/errors.ts";
import { record } from "../../audit/index.ts";
import type { Actor } from "../../identity/index.ts";
import { contentHash } from "../content.ts";
import { invalidProcedure, procedureExists, procedureNotFound, staleVersion } from "../errors.ts";
import {
  insertProcedure,
  insertVersion,
  latestVersion,
  lockProcedure,
  unknownAgencies,
} from "../repository.ts";
import { checkContent } from "../rules/check.ts";
import type { Procedure, ProcedureContent } from "../types.ts";

export type SaveMode = "create" | "update" | "upsert";
export type SaveChange = "created" | "new-version" | "unchanged";

export interface SaveOptions {
  mode: SaveMode;
  /** Now: the version's recording instant, and its valid_from unless one is given. */
  at: Date;
  validFrom?: Date;
  note?: string | null;
  expectedVersion?: number;
  /** Where the change came from, for the audit ("api", "import", "demo"). */
  source: string;
}

/** Saves the version and records its audit in the same transaction (import, demo seeding). */
export async function saveVersion(
  tx: Sql,
  content: ProcedureContent,
  actor: Actor,
  o: SaveOptions,
): Promise<{ procedure: Procedure; change: SaveChange }> {
  const { audit, ...saved } = await saveVersionAuditing(tx, content, actor, o);
  if (audit) await record(tx, actor, o.at, audit);
  return saved;
}

/** Saves the version and returns its audit record for the caller's command to write (null when
 * the content is unchanged: nothing is recorded). */
export async function saveVersionAuditing(
  tx: Sql,
  content: ProcedureContent,
  actor: Actor,
  o: SaveOptions,
): Promise<{ procedure: Procedure; change: SaveChange; audit: AuditRecord | null }> {
  const issues = [...checkContent(content), ...(await agencyIssues(tx, content))];
  if (issues.length) throw invalidProcedure(content.code, issues);

  const code = content.code;
  const locked = await lockProcedure(tx, code);
  if (locked && o.mode === "create") throw procedureExists(code);
  if (!locked && o.mode === "update") throw procedureNotFound(code);
  if (!locked && !(await insertProcedure(tx, code, o.at))) throw procedureExists(code);

  const prev = locked ? await latestVersion(tx, code) : null;
  if (prev && o.expectedVersion !== undefined && o.expectedVersion !== prev.procedure.version)
    throw staleVersion(code, o.expectedVersion, prev.procedure.version);
  const hash = contentHash(content);
  if (prev && prev.hash === hash)
    return { procedure: prev.procedure, change: "unchanged", audit: null };

  let validFrom = o.validFrom ?? o.at;
  const prevFrom = prev ? new Date(prev.procedure.validFrom) : null;
  if (prevFrom && validFrom < prevFrom) {
    // An import follows the catalogue's own order; an editor must say when the change applies.
    if (o.mode === "upsert") validFrom = prevFrom;
    else
      throw badInput(
        "catalog.valid_from_too_early",
        "validFrom",
        `phiên bản mới không thể có hiệu lực trước phiên bản ${prev!.procedure.version} (${prevFrom.toISOString()})`,
        `a new version cannot come into force before version ${prev!.procedure.version} (${prevFrom.toISOString()})`,
      );
  }
  // Versions never rewrite the past: what was in force before now stays as it was.
  if (prev && o.mode === "update" && validFrom < o.at)
    throw badInput(
      "catalog.valid_from_past",
      "validFrom",
      "phiên bản mới không thể có hiệu lực trong quá khứ",
      "a new version cannot come into force in the past",
    );

  const procedure: Procedure = {
    ...content,
    version: prev ? prev.procedure.version + 1 : 1,
    validFrom: validFrom.toISOString(),
    recordedAt: o.at.toISOString(),
    note: o.note ?? null,
  };
  await insertVersion(tx, procedure, hash, actor.username);
  const change: SaveChange = prev ? "new-version" : "created";
  const audit: AuditRecord = {
    action: change === "created" ? "procedure.created" : "procedure.version_created",
    subjectType: "procedure",
    subjectId: code,
    agencyCode: content.agencies[0] ?? null,
    details: {
      version: procedure.version,
      validFrom: procedure.validFrom,
      note: procedure.note,
      source: o.source,
      hash,
    },
  };
  return { procedure, change, audit };
}

async function agencyIssues(tx: Sql, c: ProcedureContent): Promise<FieldIssue[]> {
  const named = [...c.agencies, ...c.steps.flatMap((s) => (s.agency ? [s.agency] : []))];
  const unknown = new Set(await unknownAgencies(tx, named));
  const out: FieldIssue[] = [];
  c.agencies.forEach((a, i) => {
    if (unknown.has(a))
      out.push({
        field: `agencies.${i}`,
        vi: `không có đơn vị mã ${a}`,
        en: `no agency with code ${a}`,
      });
  });
  c.steps.forEach((s, i) => {
    if (s.agency && unknown.has(s.agency))
      out.push({
        field: `steps.${i}.agency`,
        vi: `không có đơn vị mã ${s.agency}`,
        en: `no agency with code ${s.agency}`,
      });
  });
  return out;
}
