// `motcua backup --out PATH` and `motcua restore --from PATH` (the store: --data DIR or
// DATABASE_URL; the files: the S3-compatible store of MOTCUA_FILES_S3 when set, else
// MOTCUA_FILES or <data folder>/files).

import { filesDirOf } from "../../server/compose.ts";
import { systemClock } from "../../server/platform/clock.ts";
import { loadConfig } from "../../server/platform/config.ts";
import { type Args, option, parseArgs, requiredOption } from "../args.ts";
import { backup, restore, type Store } from "../backup/index.ts";
import { stdio } from "../context.ts";

function storeOf(args: Args): Store {
  const dataDir = option(args, "data") ?? process.env.MOTCUA_DATA ?? "./data";
  return {
    url: process.env.DATABASE_URL,
    dataDir,
    filesDir: filesDirOf(dataDir, process.env.MOTCUA_FILES),
    filesS3: loadConfig(process.env).filesS3,
  };
}

export async function runBackup(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const out = requiredOption(args, "out");
  const m = await backup(storeOf(args), out, systemClock.now());
  const rows = Object.values(m.facts.tables).reduce((n, t) => n + t.rows, 0);
  stdio.out(
    `Đã sao lưu / Backed up (${m.engine}) → ${out}: ${Object.keys(m.facts.tables).length} bảng / tables, ` +
      `${rows} dòng / rows, ${m.files.length} tệp / files, nhật ký đến / audit up to #${m.facts.auditHead?.seq ?? 0}`,
  );
  return 0;
}

export async function runRestore(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const from = requiredOption(args, "from");
  const r = await restore(storeOf(args), from);
  stdio.out(
    `Đã khôi phục và đối chiếu / Restored and checked (${r.manifest.engine}, ${r.manifest.createdAt}): ` +
      `${r.tables} bảng khớp / tables match, ${r.files} tệp khớp / files match, ` +
      `chuỗi nhật ký nguyên vẹn / audit chain whole (${r.auditRecords})`,
  );
  return 0;
}
