import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DossierRecord } from "../../../shared/sync-record.ts";
import { copyField } from "../../platform/copy.ts";
import type { Db } from "../../platform/db.ts";
import { testDb } from "../../platform/testing.ts";
import { insertAgency, loadTree, SYSTEM_ACTOR } from "../identity/index.ts";
import { importRecords } from "./import.ts";
import type { ProcedureInfo } from "./ports.ts";
import { toRecord } from "./record.ts";
import { findDossier, listEvents } from "./store.ts";

let db: Db;
beforeAll(async () => {
  db = await testDb();
  await db.transaction((tx) =>
    insertAgency(tx, { code: "Z01", name: "Tỉnh Z01", parentCode: null, level: "province" }),
  );
});
afterAll(() => db.close());

const tricky = 'Tờ khai "mẫu 01", bản {sao}\\gốc; NULL';

describe("the import's COPY rows", () => {
  it("write every character as given", async () => {
    expect([null, 1, true, new Date("2026-03-02T02:00:00Z")].map(copyField)).toEqual([
      "\\N",
      "1",
      "true",
      "2026-03-02T02:00:00.000Z",
    ]);
    expect(['a"b', "c\\d\tx\ny", ""].map(copyField)).toEqual(['a"b', "c\\\\d\\tx\\ny", ""]);
    const rec: DossierRecord = {
      code: 'Z01-260302-0001"{x}',
      procedure: "1.000001",
      agency: "Z01",
      channel: 2,
      submittedAt: "2026-03-02T08:10:00+07:00",
      receivedAt: "2026-03-02T09:00:00+07:00",
      dueAt: "2026-03-05T09:00:00+07:00",
      status: 10,
      events: [
        { type: "received", at: "2026-03-02T09:00:00+07:00" },
        { type: "handled", at: "2026-03-03T09:00:00+07:00" },
        { type: "result-returned", at: "2026-03-03T10:00:00+07:00" },
      ],
      paidOnline: 1,
      fees: [{ name: tricky, amount: 15000 }],
      components: [{ name: tricky, digitized: 2, fromPersonalStore: true }],
      vneidVerified: true,
      populationDb: false,
      result: { code: "KQ \\ 1", file: tricky },
      resultPushedToPersonalStore: true,
      syncedToPortal: true,
      fullOnline: true,
      feedback: { complaint: false, reaction: "dislike" },
    };
    const procedures = async () => ({ version: 3 }) as ProcedureInfo;
    const report = await importRecords(
      {
        db,
        clock: { now: () => new Date("2026-03-04T00:00:00Z") },
        procedures,
        tree: await loadTree(db),
      },
      SYSTEM_ACTOR,
      [JSON.stringify(rec)],
    );
    expect(report).toMatchObject({ created: 1, rejected: [] });
    const d = await findDossier(db, rec.code);
    expect(d).not.toBeNull();
    expect(d!.procedureVersion).toBe(3);
    expect(toRecord(d!, await listEvents(db, d!.id))).toEqual(rec);
    // The batch's audit record: what it stored, and the hash of the lines it stored them from.
    const audit = await db.query<{ subject_id: string; details: Record<string, unknown> }>(
      "SELECT subject_id, details FROM audit_log WHERE action = 'dossier.imported'",
    );
    expect(audit.rows).toEqual([
      {
        subject_id: rec.code,
        details: {
          lines: [1],
          count: 1,
          sha256: createHash("sha256")
            .update(`${JSON.stringify(rec)}\n`)
            .digest("hex"),
          created: [rec.code],
          updated: [],
        },
      },
    ]);
  });
});
