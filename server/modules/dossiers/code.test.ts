import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../platform/db.ts";
import { testDb } from "../../platform/testing.ts";
import { nextCode, vnDate } from "./code.ts";
import { parseCode, vnIso } from "./record.ts";
import { allowedActions, checkTransition } from "./rules.ts";

let db: Db;
beforeAll(async () => {
  db = await testDb();
});
afterAll(() => db.close());

describe("dossier codes", () => {
  it("numbers per unit and Vietnam date, and refuses the 10,000th of a day", async () => {
    // 23:30 UTC on 1 March is already 2 March in Vietnam.
    const at = new Date("2026-03-01T23:30:00Z");
    expect(vnDate(at)).toBe("2026-03-02");
    const a = await db.transaction((tx) => nextCode(tx, "T01.1", at));
    const b = await db.transaction((tx) => nextCode(tx, "T01.1", at));
    const other = await db.transaction((tx) => nextCode(tx, "T01.2", at));
    expect([a, b, other]).toEqual(["T01.1-260302-0001", "T01.1-260302-0002", "T01.2-260302-0001"]);
    expect(parseCode(b)).toEqual({ unit: "T01.1", day: "2026-03-02", seq: 2 });
    await db.query("UPDATE dossier_counters SET last = 9999 WHERE unit_code = 'T01.1'");
    await expect(db.transaction((tx) => nextCode(tx, "T01.1", at))).rejects.toMatchObject({
      code: "dossiers.code_overflow",
    });
    const last = await db.query<{ last: number }>(
      "SELECT last FROM dossier_counters WHERE unit_code = 'T01.1'",
    );
    expect(last.rows[0].last).toBe(9999); // the failed intake rolled back
  });

  it("writes instants in Vietnam time", () => {
    expect(vnIso(new Date("2026-03-02T02:00:00Z"))).toBe("2026-03-02T09:00:00+07:00");
    expect(vnIso(new Date("2026-03-02T02:00:00.250Z"))).toBe("2026-03-02T09:00:00.250+07:00");
  });
});

describe("state machine", () => {
  it("lists what each state allows and names the state when refusing", () => {
    expect(allowedActions("returned")).toEqual([]);
    expect(allowedActions("supplement-requested")).toEqual([
      "complete-supplement",
      "stop",
      "withdraw",
    ]);
    expect(() => checkTransition("returned", "forward", "X-260302-0001")).toThrow(
      /Result returned.*Allowed actions: none/,
    );
  });
});
