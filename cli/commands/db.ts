// `motcua db harden --app-role NAME [--print]`: least privilege for the application's PostgreSQL
// role (server/platform/harden.ts); --print writes the SQL instead of running it.
import { badInput } from "../../server/platform/errors.ts";
import { harden, hardenSql } from "../../server/platform/harden.ts";
import { parseArgs, requiredOption } from "../args.ts";
import { openStore, stdio } from "../context.ts";

const USAGE = "motcua db harden --app-role NAME [--print]";

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ["print"]);
  if (args.positional[0] !== "harden")
    throw badInput("cli.usage", "db", `dùng: ${USAGE}`, `usage: ${USAGE}`);
  const role = requiredOption(args, "app-role");
  if (args.options.has("print")) {
    stdio.out(hardenSql(role));
    return 0;
  }
  if (!process.env.DATABASE_URL)
    throw badInput(
      "db.harden_needs_postgres",
      "DATABASE_URL",
      "chỉ dùng với PostgreSQL: đặt DATABASE_URL của chủ sở hữu CSDL",
      "PostgreSQL only: set DATABASE_URL to the database owner's connection",
    );
  const { db } = await openStore(args);
  try {
    await harden(db, role);
    stdio.out(
      `Vai trò ${role} chỉ có quyền của ứng dụng / Role ${role} now has the application's rights only`,
    );
    return 0;
  } finally {
    await db.close();
  }
}
