// SQL of the catalogue. The content JSON is the source of truth; the other columns of
// procedure_versions are copies for search and filters. The catalogue is public, so reads take
// no agency scope; writes are authorised by the caller.
import type { Sql } from "../../platform/db.ts";
import { searchKey } from "./search-key.ts";
import type { Procedure, ProcedureContent, VersionInfo } from "./types.ts";

interface VersionRow {
  version: number;
  valid_from: Date | string;
  recorded_at: Date | string;
  note: string | null;
  content: ProcedureContent | string;
  content_hash: string;
}

const iso = (d: Date | string) => new Date(d).toISOString();
const COLS = "version, valid_from, recorded_at, note, content, content_hash";

function toProcedure(r: VersionRow): Procedure {
  const content =
    typeof r.content === "string" ? (JSON.parse(r.content) as ProcedureContent) : r.content;
  return {
    ...content,
    version: r.version,
    validFrom: iso(r.valid_from),
    recordedAt: iso(r.recorded_at),
    note: r.note,
  };
}

/** Locks the procedure's row for a change; null when the code is new. */
export async function lockProcedure(
  tx: Sql,
  code: string,
): Promise<{ currentVersion: number } | null> {
  const r = await tx.query<{ current_version: number }>(
    "SELECT current_version FROM procedures WHERE code = $1 FOR UPDATE",
    [code],
  );
  return r.rows[0] ? { currentVersion: r.rows[0].current_version } : null;
}

/** Creates the procedure's row; false when the code exists already. */
export async function insertProcedure(tx: Sql, code: string, at: Date): Promise<boolean> {
  forgetReads(tx);
  const r = await tx.query(
    "INSERT INTO procedures (code, current_version, created_at, updated_at) VALUES ($1, 1, $2, $2) ON CONFLICT (code) DO NOTHING RETURNING code",
    [code, at.toISOString()],
  );
  return r.rows.length === 1;
}

export async function insertVersion(
  tx: Sql,
  p: Procedure,
  hash: string,
  by: string | null,
): Promise<void> {
  forgetReads(tx);
  await tx.query(
    `INSERT INTO procedure_versions (code, version, valid_from, recorded_at, recorded_by, note, content, content_hash,
       name, name_search, field, field_search, level, agencies, online_level, full_online_eligible,
       result_is_document, duration_value, duration_unit, fees, published_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21)`,
    [
      p.code,
      p.version,
      p.validFrom,
      p.recordedAt,
      by,
      p.note,
      JSON.stringify(contentOf(p)),
      hash,
      p.name,
      `${searchKey(p.name)} ${searchKey(p.code)}`,
      p.field,
      searchKey(p.field),
      p.level,
      p.agencies,
      p.onlineLevel,
      p.fullOnlineEligible,
      p.resultIsDocument,
      p.duration.value,
      p.duration.unit,
      JSON.stringify(p.fees),
      p.publishedAt,
    ],
  );
  await tx.query("UPDATE procedures SET current_version = $2, updated_at = $3 WHERE code = $1", [
    p.code,
    p.version,
    p.recordedAt,
  ]);
}

/** The content without the version bookkeeping. */
export function contentOf(p: Procedure | ProcedureContent): ProcedureContent {
  const { version: _v, validFrom: _f, recordedAt: _r, note: _n, ...content } = p as Procedure;
  return content;
}

/** The latest version recorded (it may come into force later), with its content hash. */
export async function latestVersion(
  sql: Sql,
  code: string,
): Promise<{ procedure: Procedure; hash: string } | null> {
  const r = await sql.query<VersionRow>(
    `SELECT ${COLS} FROM procedure_versions v JOIN procedures p ON p.code = v.code AND p.current_version = v.version WHERE v.code = $1`,
    [code],
  );
  return r.rows[0] ? { procedure: toProcedure(r.rows[0]), hash: r.rows[0].content_hash } : null;
}

export async function versionByNumber(sql: Sql, code: string, version: number) {
  const r = await sql.query<VersionRow>(
    `SELECT ${COLS} FROM procedure_versions WHERE code = $1 AND version = $2`,
    [code, version],
  );
  return r.rows[0] ? toProcedure(r.rows[0]) : null;
}

/** The version in force at an instant: the highest version whose valid_from is not after it. */
export async function versionAt(sql: Sql, code: string, at: Date) {
  const r = await sql.query<VersionRow>(
    `SELECT ${COLS} FROM procedure_versions WHERE code = $1 AND valid_from <= $2 ORDER BY version DESC LIMIT 1`,
    [code, at.toISOString()],
  );
  return r.rows[0] ? toProcedure(r.rows[0]) : null;
}

/**
 * Contents already read, by their hash (sha256 of the content, content.ts): a version's content
 * never changes (a change is a new version), so a hash names one content for good. Deep-frozen,
 * as every reader shares them. Bounded: the oldest read is forgotten first.
 */
const sharedContents = new Map<string, Readonly<ProcedureContent>>();
const SHARED_MAX = 5000;

function deepFreeze<T>(v: T): T {
  if (v && typeof v === "object" && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
}

type HeadRow = Omit<VersionRow, "content"> & {
  current_version: number;
  next_from: Date | string | null;
};
// With each version: whether it is the current one, and from when a later-numbered version is in
// force (until then, it is the version in force at any instant from its own valid_from on).
const HEAD = `v.version, v.valid_from, v.recorded_at, v.note, v.content_hash, p.current_version,
  (SELECT min(w.valid_from) FROM procedure_versions w WHERE w.code = v.code AND w.version > v.version) AS next_from`;
const FROM = "procedure_versions v JOIN procedures p ON p.code = v.code";

interface ReadVersion {
  procedure: Readonly<Procedure>;
  current: boolean;
  /** The instants at which it is the version in force: [from, until), until null = open. */
  from: number;
  until: number | null;
}

/**
 * The versions one transaction has read: an intake reads its procedure's version several times
 * (the intake itself and the notices' projector by date, the accountability projector by number,
 * the index's projector the latest), one round trip each without this. Keyed by the transaction's
 * handle, which lives as long as the transaction; the pool's handle is never memoized, and a
 * transaction that changes the catalogue forgets its reads (insertProcedure, insertVersion).
 */
const readInTransaction = new WeakMap<Sql, Map<string, ReadVersion[]>>();
const isTransaction = (sql: Sql) => !("transaction" in sql);
function forgetReads(tx: Sql): void {
  readInTransaction.delete(tx);
}

function alreadyRead(
  read: ReadVersion[] | undefined,
  where: { version: number } | { at: Date } | "latest",
): ReadVersion | undefined {
  if (!read) return undefined;
  if (where === "latest") return read.find((r) => r.current);
  if ("version" in where) return read.find((r) => r.procedure.version === where.version);
  const t = where.at.getTime();
  return read.find((r) => r.from <= t && (r.until === null || t < r.until));
}

/**
 * The version `where` selects (one row of procedure_versions v), read-only and shared: its
 * bookkeeping columns are read once per transaction, its content only the first time its hash is
 * seen (the content is the bulk of the row). For readers that copy what they keep (the dossiers'
 * and the index's adapters); the object and everything in it are frozen.
 */
export async function sharedVersion(
  sql: Sql,
  code: string,
  where: { version: number } | { at: Date } | "latest",
): Promise<Readonly<Procedure> | null> {
  const memo = isTransaction(sql) ? readInTransaction.get(sql) : undefined;
  const known = alreadyRead(memo?.get(code), where);
  if (known) return known.procedure;
  const found = await readVersion(sql, code, where);
  if (found && isTransaction(sql)) {
    const m = memo ?? new Map<string, ReadVersion[]>();
    if (!memo) readInTransaction.set(sql, m);
    m.set(code, [...(m.get(code) ?? []), found]);
  }
  return found?.procedure ?? null;
}

async function readVersion(
  sql: Sql,
  code: string,
  where: { version: number } | { at: Date } | "latest",
): Promise<ReadVersion | null> {
  const r =
    where === "latest"
      ? await sql.query<HeadRow>(
          `SELECT ${HEAD} FROM ${FROM} AND p.current_version = v.version WHERE v.code = $1`,
          [code],
        )
      : "version" in where
        ? await sql.query<HeadRow>(
            `SELECT ${HEAD} FROM ${FROM} WHERE v.code = $1 AND v.version = $2`,
            [code, where.version],
          )
        : await sql.query<HeadRow>(
            `SELECT ${HEAD} FROM ${FROM} WHERE v.code = $1 AND v.valid_from <= $2 ORDER BY v.version DESC LIMIT 1`,
            [code, where.at.toISOString()],
          );
  const head = r.rows[0];
  if (!head) return null;
  let content = sharedContents.get(head.content_hash);
  if (!content) {
    const c = await sql.query<Pick<VersionRow, "content">>(
      "SELECT content FROM procedure_versions WHERE code = $1 AND version = $2",
      [code, head.version],
    );
    const raw = c.rows[0]?.content;
    if (raw === undefined) return null;
    content = deepFreeze(typeof raw === "string" ? (JSON.parse(raw) as ProcedureContent) : raw);
    if (sharedContents.size >= SHARED_MAX)
      sharedContents.delete(sharedContents.keys().next().value as string);
    sharedContents.set(head.content_hash, content);
  }
  const procedure = Object.freeze({
    ...content,
    version: head.version,
    validFrom: iso(head.valid_from),
    recordedAt: iso(head.recorded_at),
    note: head.note,
  });
  return {
    procedure,
    current: Number(head.current_version) === Number(head.version),
    from: new Date(head.valid_from).getTime(),
    until: head.next_from === null ? null : new Date(head.next_from).getTime(),
  };
}

export async function listVersions(sql: Sql, code: string): Promise<VersionInfo[]> {
  const r = await sql.query<{
    version: number;
    valid_from: Date;
    recorded_at: Date;
    name: string;
    note: string | null;
  }>(
    "SELECT version, valid_from, recorded_at, name, note FROM procedure_versions WHERE code = $1 ORDER BY version",
    [code],
  );
  return r.rows.map((x) => ({
    version: x.version,
    validFrom: iso(x.valid_from),
    recordedAt: iso(x.recorded_at),
    name: x.name,
    note: x.note,
  }));
}

export interface SearchFilter {
  /** LIKE patterns (see likeTerms), all of which must match. */
  terms?: string[];
  field?: string;
  level?: string;
  agencies?: string[];
  onlineLevel?: string;
}

/** Versions in force at `at`, filtered, ordered by (name_search, code), after a cursor. */
export async function search(
  sql: Sql,
  f: SearchFilter,
  at: Date,
  after: [string, string] | null,
  limit: number,
) {
  const params: unknown[] = [at.toISOString()];
  const where: string[] = [];
  const add = (cond: (n: string) => string, value: unknown) => {
    params.push(value);
    where.push(cond(`$${params.length}`));
  };
  for (const t of f.terms ?? []) add((n) => `name_search LIKE ${n} ESCAPE '\\'`, t);
  if (f.field) add((n) => `field_search = ${n}`, searchKey(f.field));
  if (f.level) add((n) => `level = ${n}`, f.level);
  if (f.agencies) add((n) => `agencies && ${n}::text[]`, f.agencies);
  if (f.onlineLevel) add((n) => `online_level = ${n}`, f.onlineLevel);
  if (after) {
    params.push(after[0], after[1]);
    where.push(`(name_search, code) > ($${params.length - 1}, $${params.length})`);
  }
  params.push(limit);
  const r = await sql.query<VersionRow & { name_search: string; code: string }>(
    `WITH cur AS (
       SELECT DISTINCT ON (code) * FROM procedure_versions WHERE valid_from <= $1 ORDER BY code, version DESC
     )
     SELECT code, name_search, ${COLS} FROM cur
     ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
     ORDER BY name_search, code LIMIT $${params.length}`,
    params,
  );
  return r.rows.map((x) => ({
    procedure: toProcedure(x),
    key: [x.name_search, x.code] as [string, string],
  }));
}

/** The codes among `codes` that name no agency. */
export async function unknownAgencies(sql: Sql, codes: string[]): Promise<string[]> {
  if (!codes.length) return [];
  const r = await sql.query<{ code: string }>(
    "SELECT code FROM agencies WHERE code = ANY($1::text[])",
    [codes],
  );
  const known = new Set(r.rows.map((x) => x.code));
  return [...new Set(codes)].filter((c) => !known.has(c));
}
