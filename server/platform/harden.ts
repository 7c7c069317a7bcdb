// Least privilege on PostgreSQL: the application connects as a role that owns nothing, so it
// cannot TRUNCATE, ALTER, DROP or disable the triggers of any table (only an owner can), and on the
// audit log it may only read, append and seal (write prev_hash/hash once: the trigger checks).
// Migrations run as the owner (`motcua migrate` with the owner's DATABASE_URL); the server runs
// with the application role's. Run `motcua db harden --app-role NAME` after each migration.

import type { Sql } from "./db.ts";
import { badInput } from "./errors.ts";

const ROLE = /^[a-z_][a-z0-9_]{0,62}$/;

/** The SQL that gives `role` the application's rights, and no more, on the current schema. */
export function hardenSql(role: string): string {
  if (!ROLE.test(role))
    throw badInput(
      "db.bad_role",
      "--app-role",
      "tên vai trò chỉ gồm chữ thường, số và _ (tối đa 63 ký tự)",
      "a role name has lower-case letters, digits and _ only (at most 63 characters)",
    );
  return `
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${role}') THEN
    RAISE EXCEPTION 'role ${role} does not exist: CREATE ROLE ${role} LOGIN PASSWORD ''…'' first';
  END IF;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${role}' AND (rolsuper OR rolbypassrls)) THEN
    RAISE EXCEPTION 'role ${role} is a superuser: the application role must not be';
  END IF;
  IF EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = current_schema() AND pg_has_role('${role}', tableowner, 'USAGE')) THEN
    RAISE EXCEPTION 'role ${role} owns tables (or is a member of their owner): the application role must own nothing';
  END IF;
END $$;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${role};
REVOKE CREATE ON SCHEMA public FROM ${role};
GRANT USAGE ON SCHEMA public TO ${role};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role};
-- The audit log: read, append, seal. No UPDATE of its content, no DELETE, no TRUNCATE.
REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_log FROM ${role};
GRANT UPDATE (prev_hash, hash) ON audit_log TO ${role};
-- The record of applied migrations is the owner's.
REVOKE INSERT, UPDATE, DELETE ON schema_migrations FROM ${role};
-- Tables of later migrations (created by this owner) are the application's too; run this again
-- after a migration that adds an append-only table.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${role};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${role};
`;
}

/** Applies hardenSql as the schema's owner (in one transaction). */
export async function harden(sql: Sql, role: string): Promise<void> {
  await sql.exec(`BEGIN;${hardenSql(role)}COMMIT;`);
}
