// motcua import procedures FILE.jsonl — one ProcedureRecord per line (shared/sync-record.ts).
// Every good line is imported in its own transaction; every bad line is reported with its number
// and reasons; the exit code is 1 when any line was rejected, 2 on a usage or file error.
import { existsSync } from "node:fs";
import { upsertProcedureFromRecord } from "../../server/modules/catalog/index.ts";
import { SYSTEM_ACTOR } from "../../server/modules/identity/index.ts";
import type { Clock } from "../../server/platform/clock.ts";
import type { Db } from "../../server/platform/db.ts";
import { procedureRecord, recordIssues } from "../../shared/sync-record.ts";
import { eachLine, fileArg, type Io, issuesOf, parseJson, reportLine } from "./import-lines.ts";

const USAGE = "Cách dùng / usage: motcua import procedures FILE.jsonl";

export async function run(argv: string[], io: Io, ctx: { db: Db; clock: Clock }): Promise<number> {
  const file = fileArg(argv, io, USAGE);
  if (!file) return 2;
  if (!existsSync(file)) {
    io.err(`Không tìm thấy tệp ${file} | file not found: ${file}`);
    return 2;
  }
  return importProcedureLines((each) => eachLine(file, each), io, ctx);
}

/**
 * Imports procedure records line by line, each in its own transaction (a file, or the national
 * portal's catalogue: `motcua portal pull-procedures`); reports the counts and every bad line.
 * Returns the exit code: 1 when any line was rejected.
 */
export async function importProcedureLines(
  lines: (each: (text: string, line: number) => Promise<void>) => Promise<unknown>,
  io: Io,
  ctx: { db: Db; clock: Clock },
): Promise<number> {
  const count = { created: 0, "new-version": 0, unchanged: 0, rejected: 0 };
  await lines(async (text, line) => {
    const json = parseJson(text);
    if (!json.ok) return reject(line, [json.issue]);
    const parsed = procedureRecord.safeParse(json.value);
    if (!parsed.success) return reject(line, recordIssues(parsed.error, json.value).map(unprefix));
    try {
      const r = await ctx.db.transaction((tx) =>
        upsertProcedureFromRecord(tx, parsed.data, SYSTEM_ACTOR, ctx.clock.now()),
      );
      count[r.change]++;
    } catch (e) {
      reject(line, issuesOf(e));
    }
  });
  const ok = count.created + count["new-version"] + count.unchanged;
  io.out(
    `Đã nhập ${ok} thủ tục (${count.created} mới, ${count["new-version"]} phiên bản mới, ${count.unchanged} không đổi); từ chối ${count.rejected} dòng.`,
  );
  io.out(
    `Imported ${ok} procedures (${count.created} new, ${count["new-version"]} new versions, ${count.unchanged} unchanged); rejected ${count.rejected} lines.`,
  );
  return count.rejected ? 1 : 0;

  function reject(line: number, issues: { field: string; vi: string; en: string }[]) {
    count.rejected++;
    reportLine(io, line, issues);
  }
}

/** recordIssues puts the field in front of each message; the report adds it itself. */
function unprefix(i: { field: string; vi: string; en: string }) {
  const cut = (m: string) => (m.startsWith(`${i.field}: `) ? m.slice(i.field.length + 2) : m);
  return { field: i.field, vi: cut(i.vi), en: cut(i.en) };
}
