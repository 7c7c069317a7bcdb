// What every database command needs: the store (--data DIR or DATABASE_URL), migrated.
import { type Clock, systemClock } from "../server/platform/clock.ts";
import { type Db, openDb } from "../server/platform/db.ts";
import { migrate } from "../server/platform/migrate.ts";
import { type Args, option } from "./args.ts";

export interface IO {
  out: (s: string) => void;
  err: (s: string) => void;
}

export interface CliContext {
  db: Db;
  clock: Clock;
}

export const stdio: IO = {
  out: (s) => process.stdout.write(`${s}\n`),
  err: (s) => process.stderr.write(`${s}\n`),
};

export async function openStore(args: Args): Promise<CliContext> {
  const url = process.env.DATABASE_URL;
  const db = await openDb(
    url
      ? { url }
      : {
          dataDir: option(args, "data") ?? process.env.MOTCUA_DATA ?? "./data",
          fsync: process.env.MOTCUA_FSYNC !== "off",
        },
  );
  await migrate(db);
  return { db, clock: systemClock };
}
