// The read-only shared copy of a version (readProcedureVersion): what a new version changes is
// read at once (only a content already seen is reused, by its hash), and nobody can alter it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../platform/db.ts";
import { testDb } from "../../platform/testing.ts";
import { insertAgency, SYSTEM_ACTOR } from "../identity/index.ts";
import {
  demoProcedures,
  getProcedureVersion,
  readProcedureVersion,
  upsertProcedure,
} from "./index.ts";

let db: Db;
beforeAll(async () => {
  db = await testDb();
  await db.transaction(async (tx) => {
    await insertAgency(tx, { code: "S01", name: "Tỉnh S01", parentCode: null, level: "province" });
    await insertAgency(tx, {
      code: "S01.1",
      name: "Xã S01.1",
      parentCode: "S01",
      level: "commune",
    });
  });
});
afterAll(() => db.close());

const input = () =>
  demoProcedures({ province: "S01", departments: [], communes: ["S01.1"] }).find(
    (p) => p.code === "1.004873",
  )!;
const save = (p: ReturnType<typeof input>, at: string) =>
  db.transaction((tx) => upsertProcedure(tx, p, SYSTEM_ACTOR, new Date(at), "test"));

describe("readProcedureVersion", () => {
  it("gives what getProcedureVersion gives, and a new version as soon as it is recorded", async () => {
    const first = input();
    await save(first, "2024-01-01T00:00:00Z");
    const v1 = await readProcedureVersion(db, first.code);
    expect(v1).toEqual(await getProcedureVersion(db, first.code));
    expect(v1?.name).toBe(first.name);

    await save({ ...first, name: `${first.name} (sửa đổi)` }, "2024-02-01T00:00:00Z");
    const latest = await readProcedureVersion(db, first.code);
    expect(latest?.version).toBe(2);
    expect(latest?.name).toBe(`${first.name} (sửa đổi)`);
    expect(latest).toEqual(await getProcedureVersion(db, first.code));
    // Older versions and the version in force at an instant still read as stored.
    expect((await readProcedureVersion(db, first.code, { version: 1 }))?.name).toBe(first.name);
    const at = new Date("2024-01-15T00:00:00Z");
    expect(await readProcedureVersion(db, first.code, { at })).toEqual(
      await getProcedureVersion(db, first.code, { at }),
    );

    // Back to the first content: a third version, its content (same hash) reused, its own number.
    await save(first, "2024-03-01T00:00:00Z");
    const again = await readProcedureVersion(db, first.code);
    expect(again?.version).toBe(3);
    expect(again?.name).toBe(first.name);
    expect(again).toEqual(await getProcedureVersion(db, first.code));
  });

  it("is frozen: a reader cannot change what the next one reads", async () => {
    const p = (await readProcedureVersion(db, "1.004873"))!;
    expect(() => {
      (p.fees as { amount: number }[])[0].amount = 1;
    }).toThrow(TypeError);
    expect(() => {
      (p.agencies as string[]).push("S01");
    }).toThrow(TypeError);
    expect(await readProcedureVersion(db, "1.004873")).toEqual(
      await getProcedureVersion(db, "1.004873"),
    );
  });

  it("is null for an unknown code or a version not yet in force", async () => {
    expect(await readProcedureVersion(db, "0.000000")).toBeNull();
    expect(
      await readProcedureVersion(db, "1.004873", { at: new Date("2000-01-01T00:00:00Z") }),
    ).toBeNull();
  });
});
