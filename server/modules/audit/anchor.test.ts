// Anchors hold the chain's head outside the database: someone who controls the database can
// re-hash the chain after an edit, or cut its end, and the chain alone still verifies — the
// signed anchors do not.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../platform/db.ts";
import { testDb } from "../../platform/testing.ts";
import { GENESIS, hashRecord } from "./chain.ts";
import { readAnchors, record, sealAudit, verifyChain, writeAnchor } from "./index.ts";
import { type AuditRow, contentOf } from "./row.ts";

let db: Db;
const dir = mkdtempSync(join(tmpdir(), "motcua-anchor-"));
const opts = { dir: join(dir, "anchors"), keyFile: join(dir, "anchor.key") };
const actor = { userId: null, username: "can-bo-c" };
const append = (n: number, from: number) =>
  db.transaction(async (tx) => {
    for (let i = from; i < from + n; i++)
      await record(tx, actor, new Date(Date.UTC(2026, 2, 3, 1, i)), {
        action: "dossier.received",
        subjectType: "dossier",
        subjectId: `A-${i}`,
        details: { i },
      });
  });

// As an attacker with the database owner's rights: triggers off, edit, re-hash the whole chain.
async function rehashAll(edit: string) {
  await db.exec(`ALTER TABLE audit_log DISABLE TRIGGER USER; ${edit}`);
  const rows = (await db.query<AuditRow>("SELECT * FROM audit_log ORDER BY seq")).rows;
  let prev = GENESIS;
  for (const r of rows) {
    const hash = hashRecord(prev, contentOf(r));
    await db.query("UPDATE audit_log SET prev_hash = $1, hash = $2 WHERE seq = $3", [
      prev,
      hash,
      r.seq,
    ]);
    prev = hash;
  }
  await db.exec("ALTER TABLE audit_log ENABLE TRIGGER USER");
}

beforeAll(async () => {
  db = await testDb();
  await append(4, 0);
  await sealAudit(db);
  expect((await writeAnchor(db, opts, new Date()))?.payload.seq).toBe(4);
  await append(4, 4);
  await sealAudit(db);
  expect((await writeAnchor(db, opts, new Date()))?.payload.seq).toBe(8);
  // The same head is anchored once.
  expect(await writeAnchor(db, opts, new Date())).toBeNull();
});
afterAll(() => db.close());

describe("signed anchors of the audit chain", () => {
  it("reads back the signed heads and verifies the chain against them", async () => {
    const points = readAnchors(opts);
    expect(points.map((p) => p.seq)).toEqual([4, 8]);
    expect(await verifyChain(db, undefined, points)).toMatchObject({
      ok: true,
      checked: 8,
      anchors: 2,
    });
  });

  it("refuses an anchor whose content was changed after signing", () => {
    const name = readdirSync(opts.dir).sort()[0];
    const path = join(opts.dir, name);
    const original = readFileSync(path, "utf8");
    const f = JSON.parse(original);
    f.payload.hash = "f".repeat(64);
    writeFileSync(path, JSON.stringify(f));
    try {
      expect(() => readAnchors(opts)).toThrow(/not validly signed/);
    } finally {
      writeFileSync(path, original);
    }
  });

  it("detects a chain re-hashed after an edit, which verifies without the anchors", async () => {
    const copy = (await db.query<AuditRow>("SELECT * FROM audit_log WHERE seq = 3")).rows[0];
    await rehashAll(`UPDATE audit_log SET details = '{"i": 99}' WHERE seq = 3`);
    expect((await verifyChain(db)).ok).toBe(true);
    expect((await verifyChain(db, undefined, readAnchors(opts))).firstBad).toEqual({
      seq: 4,
      reason: "anchor_mismatch",
    });
    await rehashAll(
      `UPDATE audit_log SET details = '${JSON.stringify(copy.details)}'::jsonb WHERE seq = 3`,
    );
    expect((await verifyChain(db, undefined, readAnchors(opts))).ok).toBe(true);
  });

  it("detects a chain truncated after an anchor", async () => {
    await db.exec("ALTER TABLE audit_log DISABLE TRIGGER USER");
    await db.exec("DELETE FROM audit_log WHERE seq > 6");
    await db.exec("ALTER TABLE audit_log ENABLE TRIGGER USER");
    expect((await verifyChain(db)).ok).toBe(true);
    expect((await verifyChain(db, undefined, readAnchors(opts))).firstBad).toEqual({
      seq: 8,
      reason: "truncated",
    });
  });
});
