// The application's PostgreSQL role, once hardened, can append to the audit log and seal it, and
// nothing else there: TRUNCATE, ALTER, DISABLE TRIGGER, UPDATE of content and DELETE are refused.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { record, sealAudit, verifyChain } from "../modules/audit/index.ts";
import { type Db, openDb } from "./db.ts";
import { harden, hardenSql } from "./harden.ts";
import { migrate } from "./migrate.ts";
import { TEST_ENGINE, testDb } from "./testing.ts";

describe("the application role's rights (SQL)", () => {
  it("names the role and refuses a name that could inject SQL", () => {
    expect(hardenSql("motcua_app")).toContain(
      "GRANT UPDATE (prev_hash, hash) ON audit_log TO motcua_app",
    );
    expect(() => hardenSql("app; DROP TABLE audit_log")).toThrow(/role name/);
  });
});

// Roles exist on a PostgreSQL server; the embedded store has one user.
if (TEST_ENGINE === "postgres")
  describe("a hardened application role on PostgreSQL", () => {
    let owner: Db;
    let app: Db;
    const role = `motcua_app_${randomBytes(4).toString("hex")}`;
    const base = process.env.TEST_DATABASE_URL!;
    beforeAll(async () => {
      owner = await testDb();
      await owner.exec(`CREATE ROLE ${role} LOGIN PASSWORD 'mat-khau-ung-dung'`);
      await harden(owner, role);
      const dbName = (await owner.query<{ d: string }>("SELECT current_database() AS d")).rows[0].d;
      const url = new URL(base);
      url.pathname = `/${dbName}`;
      url.username = role;
      url.password = "mat-khau-ung-dung";
      app = await openDb({ url: url.toString(), max: 2 });
    });
    afterAll(async () => {
      await app?.close();
      await owner?.close();
      const admin = await openDb({ url: base, max: 1 });
      await admin.exec(`DROP ROLE IF EXISTS ${role}`);
      await admin.close();
    });

    it("starts (migrations up to date), appends, seals and verifies", async () => {
      expect(await migrate(app)).toEqual([]);
      await app.transaction((tx) =>
        record(tx, { userId: null, username: "tiepnhan" }, new Date(), {
          action: "dossier.received",
          subjectType: "dossier",
          subjectId: "X-1",
        }),
      );
      expect((await sealAudit(app)).sealed).toBe(1);
      expect(await verifyChain(app)).toMatchObject({ ok: true, checked: 1 });
      // Ordinary tables stay writable.
      await app.query("UPDATE jobs SET attempts = attempts WHERE false");
    });

    it.each([
      ["TRUNCATE", "TRUNCATE audit_log"],
      ["ALTER", "ALTER TABLE audit_log ADD COLUMN note text"],
      ["DISABLE TRIGGER", "ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update"],
      ["DISABLE TRIGGER USER", "ALTER TABLE audit_log DISABLE TRIGGER USER"],
      ["UPDATE", "UPDATE audit_log SET actor_name = 'x'"],
      ["DELETE", "DELETE FROM audit_log"],
      ["DROP", "DROP TABLE audit_log"],
      ["DROP TRIGGER", "DROP TRIGGER audit_log_no_update ON audit_log"],
    ])("refuses %s on the audit log", async (_what, sqlText) => {
      await expect(app.query(sqlText)).rejects.toThrow(/permission denied|must be owner/);
      expect((await verifyChain(owner)).ok).toBe(true);
    });

    it("refuses to re-seal a sealed record (the trigger, within the granted columns)", async () => {
      await expect(app.query("UPDATE audit_log SET hash = repeat('0', 64)")).rejects.toThrow(
        /append-only/,
      );
    });

    it("refuses an owner as the application role", async () => {
      const me = (await owner.query<{ u: string }>("SELECT current_user AS u")).rows[0].u;
      await expect(harden(owner, me)).rejects.toThrow(/superuser|owns tables/);
    });
  });
