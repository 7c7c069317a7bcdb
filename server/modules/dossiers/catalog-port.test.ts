// The catalogue as the dossiers module reads it: within one transaction a version read once is
// not read again (a counter intake and its notice name the same version), while reads on the
// pool always go to the database (a version's bookkeeping may change between requests).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db, Sql } from "../../platform/db.ts";
import { testDb } from "../../platform/testing.ts";
import { demoProcedures, upsertProcedure } from "../catalog/index.ts";
import { insertAgency, SYSTEM_ACTOR } from "../identity/index.ts";
import { catalogProcedures } from "./catalog-port.ts";

let db: Db;
let code: string;
beforeAll(async () => {
  db = await testDb();
  await db.transaction(async (tx) => {
    await insertAgency(tx, { code: "P01", name: "Tỉnh P01", parentCode: null, level: "province" });
    await insertAgency(tx, {
      code: "P01.1",
      name: "Xã P01.1",
      parentCode: "P01",
      level: "commune",
    });
    const p = demoProcedures({ province: "P01", departments: [], communes: ["P01.1"] })[0];
    code = p.code;
    await upsertProcedure(tx, p, SYSTEM_ACTOR, new Date("2024-01-01T00:00:00Z"), "test");
  });
});
afterAll(() => db.close());

const versionReads = (texts: string[]) => texts.filter((t) => /FROM procedure_versions v/.test(t));

describe("the dossiers' catalogue port", () => {
  it("reads a version once per transaction, whichever way it is asked for", async () => {
    const texts: string[] = [];
    await db.transaction(async (raw) => {
      const tx: Sql = {
        ...raw,
        query: ((text: string, params?: unknown[]) => {
          texts.push(text);
          return raw.query(text, params);
        }) as Sql["query"],
      };
      const atNow = await catalogProcedures(tx, code, { at: new Date("2026-03-02T02:00:00Z") });
      expect(atNow?.code).toBe(code);
      const again = await catalogProcedures(tx, code, { version: atNow!.version });
      expect(again).toEqual(atNow);
    });
    expect(versionReads(texts)).toHaveLength(1);
  });

  it("always reads again on the pool", async () => {
    const texts: string[] = [];
    const { query } = db;
    db.query = ((text: string, params?: unknown[]) => {
      texts.push(text);
      return query.call(db, text, params);
    }) as Db["query"];
    try {
      const first = await catalogProcedures(db, code, { at: new Date("2026-03-02T02:00:00Z") });
      await catalogProcedures(db, code, { version: first!.version });
    } finally {
      db.query = query;
    }
    expect(versionReads(texts)).toHaveLength(2);
  });
});
