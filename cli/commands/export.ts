// `motcua export dossiers --out FILE.jsonl`
import { badInput } from "../../server/platform/errors.ts";
import { parseArgs } from "../args.ts";
import { openStore, stdio } from "../context.ts";

export async function run(argv: string[]): Promise<number> {
  const [kind, ...rest] = argv;
  if (kind !== "dossiers")
    throw badInput(
      "cli.usage",
      "export",
      "dùng: motcua export dossiers --out FILE.jsonl",
      "usage: motcua export dossiers --out FILE.jsonl",
    );
  const ctx = await openStore(parseArgs(rest));
  try {
    const { run: exportDossiers } = await import("./export-dossiers.ts");
    return await exportDossiers(
      rest.filter((a, i) => a !== "--data" && rest[i - 1] !== "--data"),
      stdio,
      ctx,
    );
  } finally {
    await ctx.db.close();
  }
}
