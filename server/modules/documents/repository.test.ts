import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../platform/clock.ts";
import type { Db } from "../../platform/db.ts";
import { isAppError } from "../../platform/errors.ts";
import { testDb } from "../../platform/testing.ts";
import { getDocument, insertDocument, listDocuments } from "./repository.ts";

let db: Db;
beforeAll(async () => {
  db = await testDb();
});
afterAll(async () => {
  await db?.close();
});

const sha = (c: string) => c.repeat(64);

describe("documents repository", () => {
  it("inserts forms and uploads in a transaction and lists them per dossier, oldest first", async () => {
    const dossierId = randomUUID();
    const clock = fixedClock("2026-03-15T01:30:00Z");
    const [receipt, scan] = await db.transaction(async (tx) => {
      const a = await insertDocument(
        tx,
        {
          dossierId,
          kind: "form",
          formNo: "01",
          sha256: sha("a"),
          mediaType: "application/pdf",
          size: 61_000,
          createdBy: "officer-1",
        },
        clock,
      );
      clock.advance(60_000);
      const b = await insertDocument(
        tx,
        {
          dossierId,
          kind: "upload",
          fileName: "giay-chung-sinh.pdf",
          sha256: sha("b"),
          mediaType: "application/pdf",
          size: 120_000,
          signer: "Lê Hoàng Phúc, UBND xã Tân Phước",
          createdBy: "officer-1",
        },
        clock,
      );
      return [a, b];
    });
    expect(receipt).toMatchObject({ formNo: "01", signed: false, signer: null, size: 61_000 });
    expect(receipt.createdAt.toISOString()).toBe("2026-03-15T01:30:00.000Z");
    expect(scan).toMatchObject({ signed: true, fileName: "giay-chung-sinh.pdf", formNo: null });
    await insertDocument(
      db,
      {
        dossierId: randomUUID(),
        kind: "upload",
        sha256: sha("c"),
        mediaType: "image/png",
        size: 10,
        createdBy: "x",
      },
      clock,
    );
    const all = await listDocuments(db, dossierId);
    expect(all.map((d) => d.id)).toEqual([receipt.id, scan.id]);
    expect((await listDocuments(db, dossierId, "form")).map((d) => d.id)).toEqual([receipt.id]);
    expect(await getDocument(db, scan.id)).toEqual(scan);
    expect(await getDocument(db, "not-a-uuid")).toBeUndefined();
  });

  it("rejects inconsistent rows before they reach the database", async () => {
    const clock = fixedClock("2026-03-15T01:30:00Z");
    const base = {
      dossierId: "d1",
      sha256: sha("d"),
      mediaType: "application/pdf",
      size: 5,
      createdBy: "x",
    };
    for (const bad of [
      { ...base, kind: "form" as const },
      { ...base, kind: "upload" as const, formNo: "02" as const },
      { ...base, kind: "upload" as const, sha256: "ABC" },
      { ...base, kind: "upload" as const, size: 0 },
    ]) {
      const e = await insertDocument(db, bad, clock).catch((x) => x);
      expect(isAppError(e), JSON.stringify(bad)).toBe(true);
    }
  });
});
