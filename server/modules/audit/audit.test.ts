import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../platform/db.ts";
import { testDb } from "../../platform/testing.ts";
import { record, verifyChain } from "./index.ts";

let db: Db;
const actor = { userId: null, username: "can-bo-a", ip: "127.0.0.1" };
beforeAll(async () => {
  db = await testDb();
  for (let i = 0; i < 5; i++)
    await db.transaction((tx) =>
      record(tx, actor, new Date(Date.UTC(2026, 2, 2, 1, i)), {
        action: "dossier.received",
        subjectType: "dossier",
        subjectId: `H58.27-260302-000${i}`,
        details: { i },
      }),
    );
});
afterAll(() => db.close());

// Hand edits as a database administrator would make them: with the append-only trigger disabled.
async function asDba(sqlText: string) {
  await db.exec(
    `ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update; ${sqlText}; ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update;`,
  );
}

describe("audit chain", () => {
  it("verifies an untouched chain", async () => {
    expect(await verifyChain(db)).toEqual({ ok: true, checked: 5 });
  });

  it("refuses UPDATE and DELETE through the trigger", async () => {
    await expect(db.query("UPDATE audit_log SET actor_name = 'x' WHERE seq = 1")).rejects.toThrow(
      /append-only/,
    );
    await expect(db.query("DELETE FROM audit_log WHERE seq = 1")).rejects.toThrow(/append-only/);
  });

  it("rolls back with the change it describes", async () => {
    await db
      .transaction(async (tx) => {
        await record(tx, actor, new Date(), { action: "x", subjectType: "t", subjectId: "1" });
        throw new Error("the change failed");
      })
      .catch(() => {});
    expect((await verifyChain(db)).checked).toBe(5);
  });

  it("names the first hand-edited record", async () => {
    await asDba("UPDATE audit_log SET details = '{\"i\": 99}' WHERE seq = 3");
    expect(await verifyChain(db)).toEqual({
      ok: false,
      checked: 2,
      firstBad: { seq: 3, reason: "altered" },
    });
    await asDba("UPDATE audit_log SET details = '{\"i\": 2}' WHERE seq = 3");
    expect((await verifyChain(db)).ok).toBe(true);
  });

  it("names a deleted record", async () => {
    const copy = await db.query("SELECT * FROM audit_log WHERE seq = 4");
    await asDba("DELETE FROM audit_log WHERE seq = 4");
    expect((await verifyChain(db)).firstBad).toEqual({ seq: 5, reason: "deleted_before" });
    const r = copy.rows[0] as Record<string, unknown>;
    await asDba(
      `INSERT INTO audit_log SELECT * FROM json_populate_record(NULL::audit_log, '${JSON.stringify(r).replace(/'/g, "''")}')`,
    );
    expect((await verifyChain(db)).ok).toBe(true);
  });

  it("names swapped records", async () => {
    await asDba(
      "UPDATE audit_log SET seq = 100 WHERE seq = 2; UPDATE audit_log SET seq = 2 WHERE seq = 3; UPDATE audit_log SET seq = 3 WHERE seq = 100",
    );
    const r = await verifyChain(db);
    expect(r.ok).toBe(false);
    expect(r.firstBad?.seq).toBe(2);
  });
});
