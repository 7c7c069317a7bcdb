// Test databases: PGlite in memory by default; a fresh database on the PostgreSQL server named by
// TEST_DATABASE_URL when it is set (one per test file, dropped at the end).
import { randomBytes } from "node:crypto";
import { type Db, openDb, type Sql } from "./db.ts";
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

/**
 * Records the statements sent on the handle and in its transactions (a transaction as "BEGIN",
 * its statements, "COMMIT") until stop(): a test counts what one request costs in round trips.
 * The handle is changed in place, so a system already built on it is recorded too.
 */
export function recordStatements(db: Db): { texts: string[]; stop: () => void } {
  const texts: string[] = [];
  const { query, transaction } = db;
  const recorded = (sql: Pick<Sql, "query">): Sql["query"] =>
    ((text: string, params?: unknown[]) => {
      texts.push(text);
      return sql.query(text, params);
    }) as Sql["query"];
  db.query = recorded({ query: query.bind(db) } as Sql);
  db.transaction = ((fn: (tx: Sql) => Promise<unknown>) => {
    texts.push("BEGIN");
    return transaction
      .call(db, (tx) => fn({ ...tx, query: recorded(tx) }))
      .finally(() => texts.push("COMMIT"));
  }) as Db["transaction"];
  return {
    texts,
    stop: () => {
      db.query = query;
      db.transaction = transaction;
    },
  };
}
