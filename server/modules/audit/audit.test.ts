import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../platform/db.ts";
import { testDb } from "../../platform/testing.ts";
import { record, sealAudit, verifyChain } from "./index.ts";

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
  await sealAudit(db);
});
afterAll(() => db.close());

// Hand edits as a database administrator would make them: with the append-only trigger disabled.
async function asDba(sqlText: string) {
  await db.exec(
    `ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update; ${sqlText}; ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update;`,
  );
}

describe("audit chain", () => {
  it("verifies an untouched chain once sealed", async () => {
    expect(await verifyChain(db)).toMatchObject({ ok: true, checked: 5, pending: 0 });
  });

  it("refuses UPDATE, DELETE and TRUNCATE through the triggers", async () => {
    await expect(db.query("UPDATE audit_log SET actor_name = 'x' WHERE seq = 1")).rejects.toThrow(
      /append-only/,
    );
    await expect(db.query("DELETE FROM audit_log WHERE seq = 1")).rejects.toThrow(/append-only/);
    await expect(db.query("TRUNCATE audit_log")).rejects.toThrow(/append-only/);
    // A sealed record's hash is written once: it cannot be sealed again.
    await expect(
      db.query("UPDATE audit_log SET hash = repeat('0', 64) WHERE seq = 1"),
    ).rejects.toThrow(/append-only/);
  });

  it("rolls back with the change it describes, and seals across the unused number", async () => {
    await db
      .transaction(async (tx) => {
        await record(tx, actor, new Date(), { action: "x", subjectType: "t", subjectId: "1" });
        throw new Error("the change failed");
      })
      .catch(() => {});
    expect((await verifyChain(db)).checked).toBe(5);
    await db.transaction((tx) =>
      record(tx, actor, new Date(Date.UTC(2026, 2, 2, 1, 9)), {
        action: "dossier.received",
        subjectType: "dossier",
        subjectId: "H58.27-260302-0009",
      }),
    );
    // Appended, not yet sealed: pending, and the chain verifies up to its head.
    expect(await verifyChain(db)).toMatchObject({ ok: true, checked: 5, pending: 1 });
    const r = await sealAudit(db);
    expect(r.sealed).toBe(1);
    const seqs = (await db.query<{ seq: number }>("SELECT seq FROM audit_log ORDER BY seq")).rows;
    expect(seqs.map((s) => Number(s.seq))).toEqual([1, 2, 3, 4, 5, 7]);
    expect(await verifyChain(db)).toMatchObject({ ok: true, checked: 6, pending: 0 });
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

  it("names a record inserted below the sealed head", async () => {
    await db.query(
      `INSERT INTO audit_log (seq, at, actor_name, action, subject_type, subject_id)
       VALUES (6, now(), 'mallory', 'dossier.received', 'dossier', 'X')`,
    );
    expect((await verifyChain(db)).firstBad).toEqual({ seq: 6, reason: "inserted" });
    await asDba("DELETE FROM audit_log WHERE seq = 6");
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
