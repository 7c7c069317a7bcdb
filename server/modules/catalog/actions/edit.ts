// Creating and editing procedures: each change is a new version (the old ones stay, effective-dated).
import type { z } from "zod";
import type { Sql } from "../../../platform/db.ts";
import { zodIssues } from "../../../platform/http.ts";
import { type Actor, authorize, loadTree } from "../../identity/index.ts";
import { canonicalContent, type ParsedContent } from "../content.ts";
import { invalidProcedure } from "../errors.ts";
import { latestVersion } from "../repository.ts";
import {
  type ContentInput,
  type CreateBody,
  contentSchema,
  PROCEDURE_CODE,
  type UpdateBody,
} from "../schemas.ts";
import type { ProcedureContent } from "../types.ts";
import { type SaveChange, saveVersion, saveVersionAuditing } from "./save.ts";

/** A procedure as the editor, the demo data or a script gives it: the code and its content. */
export type ProcedureInput = ContentInput & { code: string };

/** A new procedure; returns it as the answer with its audit record (the command writes it). */
export async function createProcedure(tx: Sql, body: CreateBody, actor: Actor, at: Date) {
  const { code, validFrom, note, ...rest } = body;
  const content = canonicalContent(code, rest);
  await authorizeManage(tx, actor, content.agencies);
  const r = await saveVersionAuditing(tx, content, actor, {
    mode: "create",
    at,
    validFrom: validFrom ? new Date(validFrom) : undefined,
    note,
    source: "api",
  });
  return { answer: r.procedure, audit: r.audit };
}

/** A new version of an existing procedure, with its audit record; an identical content records
 * nothing. */
export async function updateProcedure(
  tx: Sql,
  code: string,
  body: UpdateBody,
  actor: Actor,
  at: Date,
) {
  const { validFrom, note, expectedVersion, ...rest } = body;
  const content = canonicalContent(code, rest);
  const prev = await latestVersion(tx, code);
  // Moving a procedure needs the right over both its old and its new agencies.
  await authorizeManage(tx, actor, [...(prev?.procedure.agencies ?? []), ...content.agencies]);
  return saveVersionAuditing(tx, content, actor, {
    mode: "update",
    at,
    validFrom: validFrom ? new Date(validFrom) : undefined,
    note,
    expectedVersion,
    source: "api",
  });
}

/** Creates the procedure or records a new version when its content changed (seeding, scripts). */
export async function upsertProcedure(
  tx: Sql,
  input: ProcedureInput,
  actor: Actor,
  at: Date,
  source = "import",
): Promise<{ code: string; version: number; change: SaveChange }> {
  const content = parseContent(input);
  await authorizeManage(tx, actor, content.agencies);
  const r = await saveVersion(tx, content, actor, { mode: "upsert", at, source });
  return { code: content.code, version: r.procedure.version, change: r.change };
}

export function parseContent(
  input: ProcedureInput,
  schema: z.ZodType<ParsedContent> = contentSchema,
): ProcedureContent {
  const { code, ...rest } = input;
  if (typeof code !== "string" || !PROCEDURE_CODE.test(code))
    throw invalidProcedure(String(code), [
      {
        field: "code",
        vi: `mã thủ tục "${code}" không hợp lệ (ví dụ 1.001193)`,
        en: `procedure code "${code}" is not valid (e.g. 1.001193)`,
      },
    ]);
  const r = schema.safeParse(rest);
  if (!r.success) throw invalidProcedure(code, zodIssues(r.error));
  return canonicalContent(code, r.data);
}

/** catalog.manage over every agency the procedure names (or anywhere when it names none). */
export async function authorizeManage(tx: Sql, actor: Actor, agencies: string[]) {
  if (actor.kind === "system") return;
  const tree = await loadTree(tx);
  if (!agencies.length) authorize(actor, "catalog.manage", tree.subtreeOf);
  for (const a of new Set(agencies)) authorize(actor, "catalog.manage", tree.subtreeOf, a);
}
