// motcua import dossiers FILE.jsonl [--check] — one DossierRecord per line (shared/sync-record.ts).
// Idempotent by code; good lines are written in batches of 2500 per transaction (a failing batch
// is retried one record at a time); every bad line is reported with its number and reasons; the
// exit code is 1 when any line was rejected, 2 on a usage or file error. --check validates every
// line and writes nothing. Progress goes to stderr; Ctrl-C stops reading, finishes the batches
// under way and says up to which line everything is stored (run the same command again to go on:
// stored lines come back "unchanged"). After a SIGKILL the last progress line says the same.
import { createReadStream, existsSync } from "node:fs";
import { createInterface } from "node:readline";
import {
  catalogProcedures,
  catalogVersions,
  type DossierProjector,
  type ImportProgress,
  importRecords,
  type ProcedureLookup,
} from "../../server/modules/dossiers/index.ts";
import { type Actor, loadTree, SYSTEM_ACTOR } from "../../server/modules/identity/index.ts";
import type { Clock } from "../../server/platform/clock.ts";
import type { Db } from "../../server/platform/db.ts";
import { fileArg, type Io, reportLine } from "./import-lines.ts";

/**
 * Lines per transaction. Each batch also rewrites the month and year rollup rows its dossiers
 * touch and pays a few statements of its own (audit record, counters, change marks): 2500 spends
 * about a tenth less database time than 1000 on a province's year (profile-import.ts), and a
 * failing batch is still retried line by line.
 */
const DEFAULT_BATCH = 2500;

const USAGE = `Cách dùng / usage: motcua import dossiers FILE.jsonl [--check] [--batch ${DEFAULT_BATCH}]`;

const ACTOR: Actor = { ...SYSTEM_ACTOR, username: "cli:import-dossiers" };

export async function run(
  argv: string[],
  io: Io,
  ctx: {
    db: Db;
    clock: Clock;
    procedures?: ProcedureLookup;
    projectors?: DossierProjector[];
    signal?: AbortSignal;
    progress?: (p: ImportProgress) => void;
  },
): Promise<number> {
  const check = argv.includes("--check");
  const rest = argv.filter((a) => a !== "--check");
  const i = rest.indexOf("--batch");
  const batch = i >= 0 ? Number(rest[i + 1]) : DEFAULT_BATCH;
  const file = fileArg(i >= 0 ? rest.filter((_, k) => k !== i && k !== i + 1) : rest, io, USAGE);
  if (!file) return 2;
  if (!Number.isInteger(batch) || batch < 1 || batch > 5000) {
    io.err(`--batch: cần số nguyên 1–5000 | --batch: expected an integer 1–5000`);
    return 2;
  }
  if (!existsSync(file)) {
    io.err(`Không tìm thấy tệp ${file} | file not found: ${file}`);
    return 2;
  }
  const started = performance.now();
  const report = await importRecords(
    {
      db: ctx.db,
      clock: ctx.clock,
      procedures: ctx.procedures ?? catalogProcedures,
      versions: ctx.procedures ? undefined : catalogVersions,
      tree: await loadTree(ctx.db),
      projectors: ctx.projectors,
    },
    ACTOR,
    lines(file),
    { batchSize: batch, check, signal: ctx.signal, onProgress: ctx.progress },
  );
  for (const r of report.rejected) reportLine(io, r.line, r.issues.map(unprefix));
  const secs = (performance.now() - started) / 1000;
  const bad = report.rejected.length;
  if (check) {
    io.out(
      `Đã kiểm tra ${report.lines} dòng: ${report.unchanged} hợp lệ, ${bad} bị từ chối; chưa ghi gì.`,
    );
    io.out(
      `Checked ${report.lines} lines: ${report.unchanged} good, ${bad} rejected; nothing written.`,
    );
    return bad ? 1 : 0;
  }
  const ok = report.created + report.updated + report.unchanged;
  const rate = Math.round(ok / Math.max(secs, 0.001));
  io.out(
    `Đã nhập ${ok} hồ sơ (${report.created} mới, ${report.updated} cập nhật, ${report.unchanged} không đổi); từ chối ${bad} dòng; ${secs.toFixed(1)} giây (${rate} hồ sơ/giây).`,
  );
  io.out(
    `Imported ${ok} dossiers (${report.created} new, ${report.updated} updated, ${report.unchanged} unchanged); rejected ${bad} lines; ${secs.toFixed(1)} s (${rate} records/s).`,
  );
  if (report.stoppedAt !== undefined) {
    io.out(
      `Đã dừng: mọi dòng đến dòng ${report.stoppedAt} đã xử lý, chưa đọc dòng nào sau đó. Chạy lại cùng lệnh để tiếp tục.`,
    );
    io.out(
      `Stopped: every line up to line ${report.stoppedAt} is done, none after it. Run the same command again to continue.`,
    );
    return 130;
  }
  return bad ? 1 : 0;
}

/** The file's lines in order, streamed (blank ones included so numbering stays right). */
async function* lines(file: string): AsyncGenerator<string> {
  const rl = createInterface({
    input: createReadStream(file, { encoding: "utf8" }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let first = true;
  for await (const raw of rl) {
    yield first ? raw.replace(/^\uFEFF/, "") : raw;
    first = false;
  }
}

/** The import puts the field in front of each message; the report adds it itself. */
function unprefix(i: { field: string; vi: string; en: string }) {
  const cut = (m: string) => (m.startsWith(`${i.field}: `) ? m.slice(i.field.length + 2) : m);
  return { field: i.field, vi: cut(i.vi), en: cut(i.en) };
}
