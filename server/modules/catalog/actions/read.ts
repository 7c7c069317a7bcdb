// Reading the catalogue: the version in force at an instant (what a dossier is received under),
// a given version, the version list, and search with filters and a cursor.
import type { Sql } from "../../../platform/db.ts";
import { badCursor } from "../errors.ts";
import {
  latestVersion,
  listVersions,
  search,
  sharedVersion,
  versionAt,
  versionByNumber,
} from "../repository.ts";
import { likeTerms } from "../search-key.ts";
import type { OnlineLevel, Procedure, ProcedureLevel, VersionInfo } from "../types.ts";

/**
 * One version of a procedure: `version` when given; else the one in force at `at`; else the
 * latest recorded. Null when there is none (unknown code, or nothing in force yet at `at`).
 */
export async function getProcedureVersion(
  sql: Sql,
  code: string,
  opts: { at?: Date; version?: number } = {},
): Promise<Procedure | null> {
  if (opts.version !== undefined) return versionByNumber(sql, code, opts.version);
  if (opts.at) return versionAt(sql, code, opts.at);
  return (await latestVersion(sql, code))?.procedure ?? null;
}

/**
 * The same version as getProcedureVersion, read-only: frozen and shared between callers, its
 * content read from the database only the first time (hot paths that copy what they keep: the
 * dossiers' and the index's adapters, at every intake and every change).
 */
export function readProcedureVersion(
  sql: Sql,
  code: string,
  opts: { at?: Date; version?: number } = {},
): Promise<Readonly<Procedure> | null> {
  if (opts.version !== undefined) return sharedVersion(sql, code, { version: opts.version });
  if (opts.at) return sharedVersion(sql, code, { at: opts.at });
  return sharedVersion(sql, code, "latest");
}

export function procedureVersions(sql: Sql, code: string): Promise<VersionInfo[]> {
  return listVersions(sql, code);
}

export interface ProcedureFilter {
  /** Free text, accent-insensitive, matched against the name and the code. */
  q?: string;
  field?: string;
  level?: ProcedureLevel;
  /** One agency or several: procedures any of them handles. */
  agency?: string | string[];
  onlineLevel?: OnlineLevel;
}

export interface ProcedurePage {
  items: Procedure[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/** Procedures in force at `at`, ordered by name, a page at a time (limit ≤ 1000, default 50). */
export async function listProcedures(
  sql: Sql,
  filter: ProcedureFilter & { at: Date },
  page: { cursor?: string; limit?: number } = {},
): Promise<ProcedurePage> {
  const limit = Math.min(Math.max(page.limit ?? 50, 1), 1000);
  const agencies =
    filter.agency === undefined
      ? undefined
      : Array.isArray(filter.agency)
        ? filter.agency
        : [filter.agency];
  const rows = await search(
    sql,
    {
      terms: filter.q ? likeTerms(filter.q) : undefined,
      field: filter.field,
      level: filter.level,
      agencies,
      onlineLevel: filter.onlineLevel,
    },
    filter.at,
    page.cursor ? decodeCursor(page.cursor) : null,
    limit + 1,
  );
  const items = rows.slice(0, limit);
  return {
    items: items.map((r) => r.procedure),
    nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1].key) : null,
  };
}

const encodeCursor = (key: [string, string]) =>
  Buffer.from(JSON.stringify(key)).toString("base64url");

function decodeCursor(c: string): [string, string] {
  try {
    const v = JSON.parse(Buffer.from(c, "base64url").toString("utf8"));
    if (Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === "string"))
      return v as [string, string];
  } catch {}
  throw badCursor();
}
