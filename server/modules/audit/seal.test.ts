// The sealer links records in sequence order after commit: a number held by a transaction still
// in progress is waited for, one left by a rolled-back transaction is passed, and concurrent
// writers never wait for each other.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../platform/db.ts";
import { TEST_ENGINE, testDb } from "../../platform/testing.ts";
import { record, sealAudit, verifyChain } from "./index.ts";
import { AuditSealer } from "./seal.ts";

let db: Db;
const actor = { userId: null, username: "can-bo-b" };
const entry = (i: number) => ({
  action: "dossier.received",
  subjectType: "dossier",
  subjectId: `D-${i}`,
  details: { i },
});
beforeAll(async () => {
  db = await testDb();
});
afterAll(() => db.close());

describe("audit sealer", () => {
  it("seals many concurrent writers into one verified chain, gaps of rollbacks included", async () => {
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        db
          .transaction(async (tx) => {
            await record(tx, actor, new Date(), entry(i));
            if (i % 7 === 3) throw new Error("rolled back");
          })
          .catch(() => {}),
      ),
    );
    const r = await sealAudit(db);
    expect(r.sealed).toBe(34);
    expect(await verifyChain(db)).toMatchObject({ ok: true, checked: 34, pending: 0 });
  });

  it("takes calls at once on one sealer (the tick and a sealAll) without tripping over itself", async () => {
    await db.transaction((tx) => record(tx, actor, new Date(), entry(100)));
    // The first look at the transactions in progress reports one still running, so the sealer
    // keeps a candidate horizon; the next two calls then both find it ended at the same time.
    let looks = 0;
    const slow: Db = {
      ...db,
      query: async (text, params) => {
        const r = await db.query(text, params);
        // A pass that has dropped its candidate reads the sequence slowly: a second pass running
        // meanwhile would find no candidate where it had one.
        if (text.includes("audit_log_seq_seq")) await new Promise((res) => setTimeout(res, 60));
        if (!text.includes("pg_snapshot_xip")) return r;
        looks++;
        if (looks === 1) return { ...r, rows: [{ ended: false }] } as typeof r;
        await new Promise((res) => setTimeout(res, 20));
        return r;
      },
    } as Db;
    const sealer = new AuditSealer(slow);
    await sealer.sealOnce();
    await db.transaction((tx) => record(tx, actor, new Date(), entry(101)));
    const [a, b] = await Promise.all([sealer.sealOnce(), sealer.sealAll()]);
    expect(a.sealed + b.sealed).toBeGreaterThanOrEqual(1);
    expect(await verifyChain(db)).toMatchObject({ ok: true, pending: 0 });
  });

  // Two transactions at once need two connections: the embedded store has one.
  if (TEST_ENGINE === "postgres")
    it("waits for a number held by a transaction in progress, then seals past it", async () => {
      const sealer = new AuditSealer(db);
      await sealer.sealAll();
      let release!: () => void;
      const held = new Promise<void>((r) => {
        release = r;
      });
      let appended!: () => void;
      const inside = new Promise<void>((r) => {
        appended = r;
      });
      const slow = db.transaction(async (tx) => {
        await record(tx, actor, new Date(), entry(100));
        appended();
        await held;
      });
      await inside;
      await db.transaction((tx) => record(tx, actor, new Date(), entry(101)));
      const before = await sealer.sealOnce();
      expect(before.sealed).toBe(0);
      expect(before.waitingAt).toBeGreaterThan(0);
      release();
      await slow;
      const after = await sealer.sealAll();
      expect(after.sealed).toBe(2);
      const last = await db.query<{ subject_id: string }>(
        "SELECT subject_id FROM audit_log ORDER BY seq DESC LIMIT 2",
      );
      expect(last.rows.map((x) => x.subject_id)).toEqual(["D-101", "D-100"]);
      expect((await verifyChain(db)).ok).toBe(true);
    });
});
