// motcua reform — the reform index and the directive tasks from the command line.
//   motcua reform index --year YYYY [--json] [--data DIR]   recompute every unit and print the ranking
//   motcua reform flag-late [--data DIR]                       flag late tasks to the units' heads
import { AgencyDirectory, loadTree } from "../../server/modules/identity/index.ts";
import { flagLateTasks, recomputeYear, vnDay } from "../../server/modules/reform/index.ts";
import { loadConfig } from "../../server/platform/config.ts";
import { badInput, isAppError } from "../../server/platform/errors.ts";
import { createLogger } from "../../server/platform/logger.ts";
import { reformFigures } from "../../server/reform-figures.ts";
import { parseArgs } from "../args.ts";
import { type CliContext, type IO, openStore, stdio } from "../context.ts";

const USAGE =
  "motcua reform index --year YYYY [--json] [--data DIR]\nmotcua reform flag-late [--data DIR]";
type Open = typeof openStore;

export async function run(argv: string[], io: IO = stdio, open: Open = openStore): Promise<number> {
  let ctx: CliContext | undefined;
  try {
    const args = parseArgs(argv, ["json"]);
    const what = args.positional[0];
    if (what === "flag-late") {
      ctx = await open(args);
      const now = ctx.clock.now();
      const c = ctx;
      const n = await c.db.transaction((tx) => flagLateTasks(tx, now, vnDay(now)));
      io.out(`Đã báo ${n} nhiệm vụ trễ hạn / ${n} late tasks flagged`);
      return 0;
    }
    if (what !== "index")
      throw badInput(
        "cli.reform_argument",
        "reform",
        "cần index hoặc flag-late",
        "expected index or flag-late",
      );
    const raw = args.options.get("year");
    const year = Number(raw);
    if (typeof raw !== "string" || !Number.isInteger(year) || year < 2000 || year > 2100)
      throw badInput(
        "cli.reform_argument",
        "--year",
        "bắt buộc, năm 2000–2100",
        "is required, a year 2000–2100",
      );
    ctx = await open(args);
    const c = ctx;
    const deps = {
      db: c.db,
      clock: c.clock,
      log: createLogger("warn"),
      config: loadConfig(),
      agencies: new AgencyDirectory(c.db, 0),
      figures: reformFigures,
    };
    const tree = await loadTree(c.db);
    const t0 = performance.now();
    const rows = await c.db.transaction((tx) => recomputeYear(deps, tx, tree, year, c.clock.now()));
    const ms = Math.round(performance.now() - t0);
    if (args.options.has("json")) {
      io.out(
        JSON.stringify(rows.map(({ result, ...r }) => ({ ...r, deductions: result.deductions }))),
      );
      return 0;
    }
    io.out(`Chỉ số CCHC năm ${year}: ${rows.length} đơn vị, tính trong ${ms} ms`);
    for (const r of rows)
      io.out(
        `${String(r.rank).padStart(3)}. ${r.name.padEnd(48).slice(0, 48)} ${r.total.toFixed(2).padStart(6)}  ${r.level}${
          r.result.deductions.length ? `  (${r.result.deductions.map((d) => d.vi).join("; ")})` : ""
        }`,
      );
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
