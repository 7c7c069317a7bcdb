// Forward-only SQL migrations: server/migrations/NNNN_name.sql, applied in name order, each in
// its own transaction, recorded in schema_migrations. Never edit an applied file: add a new one.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Db } from "./db.ts";
import { MIGRATIONS_DIR } from "./paths.ts";

export { MIGRATIONS_DIR };

export function listMigrations(dir = MIGRATIONS_DIR): { id: string; sql: string }[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ id: f.replace(/\.sql$/, ""), sql: readFileSync(join(dir, f), "utf8") }));
}

/** Applies the migrations not yet applied; returns their ids. Safe to call from several processes. */
export async function migrate(db: Db, dir = MIGRATIONS_DIR): Promise<string[]> {
  // Created only when missing: the application's role (no CREATE right) starts on a migrated store.
  const known = await db.query<{ e: boolean }>(
    "SELECT to_regclass('schema_migrations') IS NOT NULL AS e",
  );
  if (!known.rows[0].e)
    await db.exec(
      "CREATE TABLE IF NOT EXISTS schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
    );
  const applied: string[] = [];
  for (const m of listMigrations(dir)) {
    const done = await db.transaction(async (tx) => {
      // One migrator at a time across processes (a no-op wait on PGlite).
      await tx.query("SELECT pg_advisory_xact_lock(7263001)");
      const seen = await tx.query("SELECT 1 FROM schema_migrations WHERE id = $1", [m.id]);
      if (seen.rows.length) return false;
      await tx.exec(m.sql);
      await tx.query("INSERT INTO schema_migrations (id) VALUES ($1)", [m.id]);
      return true;
    });
    if (done) applied.push(m.id);
  }
  return applied;
}
