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
    const args = rest.filter((a, i) => a !== "--data" && rest[i - 1] !== "--data");
    // Imported dossiers feed the late-dossier watch and the index, as the API's changes do.
    const projectors = cliModules(ctx, option(parseArgs(rest), "data")).dossiers.projectors;
    return await (await load()).run(args, stdio, { ...ctx, projectors });
  } finally {
    await ctx.db.close();
  }
}
