// A fresh database on the PostgreSQL server named by TEST_DATABASE_URL (or the given URL), for
// tests and scripts whose server runs in another process.
import { randomBytes } from "node:crypto";
import { openDb } from "../../server/platform/db.ts";

export async function scratchDatabase(
  base = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test",
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `motcua_p_${randomBytes(6).toString("hex")}`;
  const admin = await openDb({ url: base, max: 1 });
  await admin.exec(`CREATE DATABASE ${name}`);
  await admin.close();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const again = await openDb({ url: base, max: 1 });
      await again.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await again.close();
    },
  };
}
