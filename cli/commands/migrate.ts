import { openDb } from "../../server/platform/db.ts";
import { migrate } from "../../server/platform/migrate.ts";
import { option, parseArgs } from "../args.ts";
import { stdio } from "../context.ts";

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const url = process.env.DATABASE_URL;
  const db = await openDb(
    url
      ? { url }
      : {
          dataDir: option(args, "data") ?? process.env.MOTCUA_DATA ?? "./data",
          fsync: process.env.MOTCUA_FSYNC !== "off",
        },
  );
  try {
    const applied = await migrate(db);
    stdio.out(
      applied.length
        ? `Đã áp dụng / Applied: ${applied.join(", ")}`
        : "CSDL đã ở phiên bản mới nhất / Database is up to date",
    );
    return 0;
  } finally {
    await db.close();
  }
}
