// Test databases: PGlite in memory by default; a fresh database on the PostgreSQL server named by
// TEST_DATABASE_URL when it is set (one per test file, dropped at the end).
import { randomBytes } from "node:crypto";
import { type Db, openDb } from "./db.ts";
import { migrate } from "./migrate.ts";

export const TEST_ENGINE: "pglite" | "postgres" = process.env.TEST_DATABASE_URL
  ? "postgres"
  : "pglite";

export async function testDb(): Promise<Db> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) {
    const db = await openDb({});
    await migrate(db);
    return db;
  }
  const name = `motcua_t_${randomBytes(6).toString("hex")}`;
  const admin = await openDb({ url: base, max: 1 });
  await admin.exec(`CREATE DATABASE ${name}`);
  await admin.close();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const db = await openDb({ url: url.toString(), max: 4 });
  await migrate(db);
  const close = db.close.bind(db);
  return Object.assign(db, {
    close: async () => {
      await close();
      const again = await openDb({ url: base, max: 1 });
      await again.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await again.close();
    },
  });
}
