// `motcua import agencies|procedures|dossiers FILE.jsonl`
import { badInput } from "../../server/platform/errors.ts";
import { option, parseArgs } from "../args.ts";
import { openStore, stdio } from "../context.ts";
import { cliModules } from "../modules.ts";
import { importProgress } from "./import-progress.ts";

const KINDS = {
  agencies: () => import("./import-agencies.ts"),
  procedures: () => import("./import-procedures.ts"),
  dossiers: () => import("./import-dossiers.ts"),
} as const;

export async function run(argv: string[]): Promise<number> {
  const [kind, ...rest] = argv;
  const load = KINDS[kind as keyof typeof KINDS];
  if (!load)
    throw badInput(
      "cli.usage",
      "import",
      `dùng: motcua import ${Object.keys(KINDS).join("|")} FILE.jsonl`,
      `usage: motcua import ${Object.keys(KINDS).join("|")} FILE.jsonl`,
    );
  const ctx = await openStore(parseArgs(rest));
  try {
    const args = rest.filter((a, i) => a !== "--data" && rest[i - 1] !== "--data");
    // Imported dossiers feed the late-dossier watch and the index, as the API's changes do.
    const projectors = cliModules(ctx, option(parseArgs(rest), "data")).dossiers.projectors;
    // Ctrl-C (or SIGTERM) stops reading; the batches under way finish and the import says where
    // it stopped. A second Ctrl-C ends the process at once (nothing is half-written either way).
    const stop = new AbortController();
    const onSignal = () => {
      if (stop.signal.aborted) process.exit(130);
      stdio.err("Đang dừng sau các lô đang ghi… | Stopping after the batches under way…");
      stop.abort();
    };
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
    const bar = kind === "dossiers" ? importProgress() : undefined;
    try {
      return await (await load()).run(args, stdio, {
        ...ctx,
        projectors,
        signal: stop.signal,
        progress: bar,
      });
    } finally {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    }
  } finally {
    await ctx.db.close();
  }
}
