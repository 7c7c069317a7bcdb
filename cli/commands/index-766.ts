// motcua index — the Decision 766/QĐ-TTg service index from the command line.
//   motcua index --unit CODE --from YYYY-MM-DD --to YYYY-MM-DD [--as-of INSTANT] [--json] [--data DIR]
//     figures as things stood at the end of the period, or at --as-of (ISO 8601 with an offset)
//   motcua index rebuild [--data DIR]      recompute every rollup from the stored dossiers
import { loadTree } from "../../server/modules/identity/index.ts";
import {
  band,
  catalogProcedure,
  indexOf,
  JudgeCache,
  recomputeAll,
  resolveUnit,
  rulesFor,
} from "../../server/modules/quality-index/index.ts";
import { badInput, isAppError } from "../../server/platform/errors.ts";
import { type Args, parseArgs } from "../args.ts";
import { type CliContext, type IO, openStore, stdio } from "../context.ts";
import { progressBar } from "../progress.ts";

const USAGE =
  "motcua index --unit MÃ --from YYYY-MM-DD --to YYYY-MM-DD [--as-of 2026-04-30T17:00:00+07:00] [--json] [--data DIR]\nmotcua index rebuild [--data DIR]";
const KNOWN = new Set(["unit", "from", "to", "as-of", "json", "data"]);

/** --as-of: an instant with an offset (a bare local time is ambiguous and refused). */
function asOfArg(args: Args): Date | undefined {
  const v = args.options.get("as-of");
  if (v === undefined) return undefined;
  const ok =
    typeof v === "string" &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(v) &&
    !Number.isNaN(Date.parse(v));
  if (!ok)
    throw badInput(
      "cli.index_argument",
      "--as-of",
      `không phải thời điểm ISO 8601 có múi giờ (vd. 2026-04-30T17:00:00+07:00): "${String(v)}"`,
      `not an ISO 8601 instant with an offset (e.g. 2026-04-30T17:00:00+07:00): "${String(v)}"`,
    );
  return new Date(v);
}

function dateArg(args: Args, name: "from" | "to"): string {
  const v = args.options.get(name);
  if (v === undefined || v === true)
    throw badInput(
      "cli.index_argument",
      `--${name}`,
      "bắt buộc (YYYY-MM-DD)",
      "is required (YYYY-MM-DD)",
    );
  const ok =
    /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);
  if (!ok)
    throw badInput(
      "cli.index_argument",
      `--${name}`,
      `không phải ngày YYYY-MM-DD: "${v}"`,
      `not a YYYY-MM-DD date: "${v}"`,
    );
  return v;
}

function check(args: Args): { unit: string; from: string; to: string; asOf?: Date } {
  for (const k of args.options.keys())
    if (!KNOWN.has(k))
      throw badInput(
        "cli.index_argument",
        `--${k}`,
        "tham số không được hỗ trợ",
        "unknown argument",
      );
  if (args.positional.length)
    throw badInput(
      "cli.index_argument",
      args.positional[0],
      "tham số không được hỗ trợ",
      "unknown argument",
    );
  const unit = args.options.get("unit");
  if (typeof unit !== "string" || !unit)
    throw badInput(
      "cli.index_argument",
      "--unit",
      "bắt buộc (mã đơn vị, ví dụ H58)",
      "is required (an agency code, e.g. H58)",
    );
  const from = dateArg(args, "from");
  const to = dateArg(args, "to");
  if (to < from)
    throw badInput("cli.index_argument", "--to", "trước ngày --from", "is before --from");
  return { unit, from, to, asOf: asOfArg(args) };
}

type Open = (args: Args) => Promise<CliContext>;

export async function run(argv: string[], io: IO = stdio, open: Open = openStore): Promise<number> {
  let ctx: CliContext | undefined;
  try {
    const args = parseArgs(argv, ["json"]);
    if (args.positional[0] === "rebuild") {
      ctx = await open(args);
      const bar = progressBar("Tính lại chỉ số / Recomputing the index");
      const n = await recomputeAll(ctx.db, { onProgress: (d, t) => bar.update(d, t) });
      bar.stop();
      io.out(`Đã tính lại từ ${n} hồ sơ / Recomputed from ${n} dossiers`);
      return 0;
    }
    const q = check(args);
    ctx = await open(args);
    const tree = await loadTree(ctx.db);
    if (!tree.byCode.has(q.unit))
      throw badInput(
        "cli.index_argument",
        "--unit",
        `không có đơn vị mã "${q.unit}"`,
        `no agency "${q.unit}"`,
      );
    const unit = resolveUnit(tree, q.unit);
    const now = ctx.clock.now();
    const idx = await indexOf(
      { sql: ctx.db, judges: new JudgeCache(), procedures: catalogProcedure, now: () => now },
      unit,
      { from: q.from, to: q.to },
      undefined,
      q.asOf,
    );
    io.out(args.options.has("json") ? JSON.stringify(idx) : table(idx, unit.name));
    return 0;
  } catch (e) {
    if (!isAppError(e)) throw e;
    io.err(
      `Lỗi: ${e.messages.vi}\nError: ${e.messages.en}${e.kind === "bad_input" ? `\n\n${USAGE}` : ""}`,
    );
    return e.kind === "internal" ? 1 : 2;
  } finally {
    await ctx?.db.close();
  }
}

const vnDate = (d: string) => d.split("-").reverse().join("/");
const num = (n: number) => n.toLocaleString("vi-VN", { maximumFractionDigits: 2 });

function table(idx: Awaited<ReturnType<typeof indexOf>>, name: string): string {
  const rules = rulesFor(idx.to);
  const pad = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));
  const lines = [
    `Chỉ số phục vụ người dân, doanh nghiệp (QĐ 766/QĐ-TTg) — ${name} (${idx.unit})`,
    `Kỳ: ${vnDate(idx.from)} – ${vnDate(idx.to)}`,
    `Tổng điểm: ${num(idx.total)}/100 — Xếp loại: ${band(idx.total, rules).vi}`,
    "",
    `${pad("Mã", 6)}${pad("Chỉ số", 46)}${pad("Tử số/Mẫu số", 16)}${pad("Tỷ lệ", 10)}Điểm`,
  ];
  for (const g of idx.groups) {
    const gr = rules.groups.find((x) => x.id === g.id);
    lines.push(`Nhóm ${g.id}. ${gr?.vi ?? ""}: ${num(g.score)}/${num(g.max)}`);
    idx.indicators.forEach((i, k) => {
      const r = rules.indicators[k];
      if (r.group !== g.id) return;
      const rate = i.rate === null ? "N/A" : `${num(i.rate)}%`;
      lines.push(
        `  ${pad(i.id, 6)}${pad(r.vi, 44)}${pad(`${num(i.numerator)}/${num(i.denominator)}`, 16)}${pad(rate, 10)}${num(i.score)}/${num(i.max)}`,
      );
    });
  }
  return lines.join("\n");
}
