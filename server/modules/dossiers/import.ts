// Import of dossier records (docs: sync-record.md): idempotent by code, a changed record updates
// the dossier and keeps its history as events, every bad line is reported with its number and
// reason, and each record is stored whole or not at all. Validation runs in JS (a hand-written
// check first, the schema for whatever it does not pass); good records are written in batches of
// ~1000 per transaction, one record at a time when a batch fails.
import { dossierRecord, parseRecord, type RecordIssue } from "../../../shared/sync-record.ts";
import type { Db, Sql } from "../../platform/db.ts";
import { isAppError } from "../../platform/errors.ts";
import type { Actor, AgencyTree } from "../identity/index.ts";
import { quickRecord } from "./import-check.ts";
import { historyIssues } from "./import-history.ts";
import { load, plan, type Valid } from "./import-plan.ts";
import { copyNew, existingCodes, writeBatch } from "./import-write.ts";
import type { DossierProjector, ProcedureLookup, VersionsLookup } from "./ports.ts";

/**
 * Batches written concurrently (each in its own transaction and connection): two keep the
 * database busy while the next batch is validated; more only keep more records alive in memory
 * (longer garbage collections) and make the batches compete for the same cores.
 */
const IN_FLIGHT = 2;

export interface ImportDeps {
  db: Db;
  clock: { now(): Date };
  procedures: ProcedureLookup;
  /** When given, each procedure's versions are read once and picked by reception date. */
  versions?: VersionsLookup;
  tree: AgencyTree;
  projectors?: DossierProjector[];
}

export interface RejectedLine {
  line: number;
  code: string | null;
  issues: RecordIssue[];
}

export interface ImportReport {
  lines: number;
  created: number;
  updated: number;
  /** With check: the good lines (nothing written). */
  unchanged: number;
  rejected: RejectedLine[];
  /** Set when the import was stopped: every line up to this one is done, none after it. */
  stoppedAt?: number;
}

const issue = (field: string, vi: string, en: string): RecordIssue => ({
  field,
  vi: `${field}: ${vi}`,
  en: `${field}: ${en}`,
});

export interface ImportOptions {
  batchSize?: number;
  /** Validate only: nothing is written (`motcua import dossiers FILE --check`). */
  check?: boolean;
  /** Stops reading when aborted; the batches under way are finished (Ctrl-C). */
  signal?: AbortSignal;
  /** After each batch is stored: the lines read, and the line up to which every line is done. */
  onProgress?: (p: ImportProgress) => void;
}

export interface ImportProgress {
  read: number;
  /** Every line up to this one is stored or rejected (batches finish out of order). */
  doneThrough: number;
  stored: number;
}

export async function importRecords(
  deps: ImportDeps,
  actor: Actor,
  lines: AsyncIterable<string> | Iterable<string>,
  opts: number | ImportOptions = {},
): Promise<ImportReport> {
  const o = typeof opts === "number" ? { batchSize: opts } : opts;
  const batchSize = o.batchSize ?? 1000;
  const report: ImportReport = { lines: 0, created: 0, updated: 0, unchanged: 0, rejected: [] };
  const procCache = new Map<string, Promise<unknown>>();
  // Up to IN_FLIGHT batches are written while the next one is validated; a batch whose codes
  // overlap one still being written waits for it, so a code is never written twice at once.
  const inFlight = new Map<Promise<void>, Set<string>>();
  /** First line of each batch under way: every line before the smallest is done. */
  const firstLines = new Set<number>();
  let batch: Valid[] = [];
  let codes = new Set<string>();
  const progress = () => {
    const pending = firstLines.size ? Math.min(...firstLines) - 1 : report.lines;
    const stored = report.created + report.updated + report.unchanged;
    o.onProgress?.({ read: report.lines, doneThrough: pending, stored });
  };
  const flush = async () => {
    if (!batch.length) return;
    if (o.check) {
      report.unchanged += batch.length;
      batch = [];
      codes = new Set();
      return;
    }
    const mine = codes;
    for (const [p, theirs] of inFlight) if ([...mine].some((c) => theirs.has(c))) await p;
    while (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight.keys());
    const first = batch[0].line;
    firstLines.add(first);
    const p: Promise<void> = writeValid(deps, actor, batch, report).finally(() => {
      inFlight.delete(p);
      firstLines.delete(first);
      progress();
    });
    inFlight.set(p, mine);
    batch = [];
    codes = new Set();
  };
  for await (const text of lines) {
    if (o.signal?.aborted) break;
    const line = ++report.lines;
    if (!text.trim()) continue;
    const v = await validate(deps, text, line, procCache);
    if ("issues" in v) {
      report.rejected.push(v);
      continue;
    }
    if (codes.has(v.rec.code)) await flush();
    batch.push(v);
    codes.add(v.rec.code);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  await Promise.all(inFlight.keys());
  report.rejected.sort((a, b) => a.line - b.line);
  if (o.signal?.aborted) report.stoppedAt = report.lines;
  return report;
}

async function validate(
  deps: ImportDeps,
  text: string,
  line: number,
  procCache: Map<string, Promise<unknown>>,
): Promise<Valid | RejectedLine> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return {
      line,
      code: null,
      issues: [
        issue(
          "(line)",
          `không phải JSON hợp lệ (${(e as Error).message})`,
          `not valid JSON (${(e as Error).message})`,
        ),
      ],
    };
  }
  let rec = quickRecord(raw);
  const exact = rec !== null;
  if (!rec) {
    // Only the schema names every issue (and trims what it may).
    const p = parseRecord(dossierRecord, raw);
    const code =
      typeof (raw as { code?: unknown })?.code === "string" ? (raw as { code: string }).code : null;
    if (!p.ok) return { line, code, issues: p.issues };
    rec = p.value;
  }
  const issues: RecordIssue[] = [];
  if (!deps.tree.byCode.has(rec.agency))
    issues.push(issue("agency", `không có đơn vị ${rec.agency}`, `unknown agency ${rec.agency}`));
  const at = rec.receivedAt ?? rec.submittedAt;
  const procedureVersion = await versionAt(deps, rec.procedure, at, procCache);
  if (procedureVersion === undefined)
    issues.push(
      issue(
        "procedure",
        `không có thủ tục ${rec.procedure} trong danh mục`,
        `unknown procedure ${rec.procedure}`,
      ),
    );
  if (rec.events.length && Date.parse(rec.events[0].at) < Date.parse(rec.submittedAt))
    issues.push(
      issue("events[0].at", "sớm hơn thời điểm nộp hồ sơ", "is earlier than submittedAt"),
    );
  issues.push(...historyIssues(rec));
  if (issues.length) return { line, code: rec.code, issues };
  return { line, rec, procedureVersion: procedureVersion ?? null, text, exact };
}

/** The version of the procedure in force at the instant `at`; undefined when none is. */
async function versionAt(
  deps: ImportDeps,
  code: string,
  at: string,
  cache: Map<string, Promise<unknown>>,
): Promise<number | undefined> {
  const versions = deps.versions;
  if (versions) {
    let list = cache.get(code) as Promise<{ version: number; from: number }[]> | undefined;
    if (!list) {
      list = versions(deps.db, code).then((vs) =>
        vs.map((v) => ({ version: v.version, from: Date.parse(v.validFrom) })),
      );
      cache.set(code, list);
    }
    const t = Date.parse(at);
    let best: number | undefined;
    for (const v of await list)
      if (v.from <= t && (best === undefined || v.version > best)) best = v.version;
    return best;
  }
  const key = `${code}|${at.slice(0, 10)}`;
  let version = cache.get(key) as Promise<number | undefined> | undefined;
  if (!version) {
    const v = deps
      .procedures(deps.db, code, { at: new Date(at) })
      .then((x) => x?.version ?? undefined);
    cache.set(key, v);
    version = v;
  }
  return version;
}

/** Records created, updated and unchanged by one transaction. */
type Counts = [created: number, updated: number, unchanged: number];

/**
 * One transaction: the codes already stored are looked up in one query; the new ones are copied
 * in bulk, the others read and planned as updates.
 */
async function writeSome(
  tx: Sql,
  deps: ImportDeps,
  actor: Actor,
  now: Date,
  vs: Valid[],
): Promise<Counts> {
  const stored = await existingCodes(
    tx,
    vs.map((v) => v.rec.code),
  );
  const planned = vs.filter((v) => !stored.has(v.rec.code)).map((v) => plan(v, null, [], now)!);
  const created = planned.length;
  await copyNew(
    tx,
    planned.map((p) => p.after),
  );
  const rest = vs.filter((v) => stored.has(v.rec.code));
  let unchanged = 0;
  if (rest.length) {
    const existing = await load(
      tx,
      rest.map((v) => v.rec.code),
    );
    for (const v of rest) {
      const e = existing.get(v.rec.code);
      const p = plan(v, e?.d ?? null, e?.events ?? [], now);
      if (p) planned.push(p);
      else unchanged++;
    }
  }
  if (planned.length) await writeBatch(tx, actor, now, deps.projectors ?? [], planned);
  return [created, planned.length - created, unchanged];
}

async function writeValid(
  deps: ImportDeps,
  actor: Actor,
  batch: Valid[],
  report: ImportReport,
): Promise<void> {
  const now = deps.clock.now();
  const count = ([c, u, n]: Counts) => {
    report.created += c;
    report.updated += u;
    report.unchanged += n;
  };
  try {
    count(await deps.db.transaction((tx) => writeSome(tx, deps, actor, now, batch)));
    return;
  } catch {
    // Fall through: one record per transaction finds the line that fails.
  }
  for (const v of batch) {
    try {
      count(await deps.db.transaction((tx) => writeSome(tx, deps, actor, now, [v])));
    } catch (e) {
      const msg = isAppError(e)
        ? e.messages
        : { vi: (e as Error).message, en: (e as Error).message };
      report.rejected.push({
        line: v.line,
        code: v.rec.code,
        issues: [issue("(record)", `không ghi được: ${msg.vi}`, `could not be stored: ${msg.en}`)],
      });
    }
  }
}
