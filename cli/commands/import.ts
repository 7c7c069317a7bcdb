// `motcua import agencies|procedures|dossiers FILE.jsonl`
import { badInput } from "../../server/platform/errors.ts";
import { option, parseArgs } from "../args.ts";
import { openStore, stdio } from "../context.ts";
import { cliModules } from "../modules.ts";

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
    return await (await load()).run(
      rest.filter((a, i) => a !== "--data" && rest[i - 1] !== "--data"),
      stdio,
      ctx,
    );
  } finally {
    await ctx.db.close();
  }
}
