import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeProvince, type TestEnv, testEnv } from "../../../test-support.ts";
import { SYSTEM_ACTOR } from "../../identity/index.ts";
import { demoProcedures } from "../demo/index.ts";
import { procedureToRecord } from "../record.ts";
import { upsertProcedure } from "./edit.ts";
import { upsertProcedureFromRecord } from "./import.ts";
import { getProcedureVersion, listProcedures } from "./read.ts";

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
});
afterAll(() => env.close());

async function seedDemo(at: Date) {
  const c = await makeProvince(env.db);
  const tree = {
    province: c.province,
    departments: [c.deptA, c.deptB],
    communes: [c.communeA, c.communeB],
  };
  // Codes are global to the catalogue: give each province its own.
  const inputs = demoProcedures(tree).map((p, i) => ({
    ...p,
    code: `${c.province.replace(/\W/g, "")}.${String(i).padStart(3, "0")}`,
  }));
  const changes = [];
  for (const p of inputs)
    changes.push(
      (await env.db.transaction((tx) => upsertProcedure(tx, p, SYSTEM_ACTOR, at, "demo"))).change,
    );
  return { c, inputs, changes };
}

describe("procedure versions and imports", () => {
  it("seeds the demo idempotently and lists a commune's procedures", async () => {
    const at = env.clock.now();
    const { c, inputs, changes } = await seedDemo(at);
    expect(new Set(changes)).toEqual(new Set(["created"]));
    const again = [];
    for (const p of inputs)
      again.push(
        (await env.db.transaction((tx) => upsertProcedure(tx, p, SYSTEM_ACTOR, at))).change,
      );
    expect(new Set(again)).toEqual(new Set(["unchanged"]));
    const page = await listProcedures(env.db, { agency: c.communeA, at }, { limit: 1000 });
    expect(page.items.length).toBe(inputs.filter((p) => p.level === "commune").length);
    expect(page.items.every((p) => p.agencies.includes(c.communeA))).toBe(true);
  });

  it("imports a record once, adds a version when it changes, and looks versions up by instant and number", async () => {
    const t0 = env.clock.now();
    const { inputs } = await seedDemo(t0);
    const code = inputs[0].code;
    const v1 = (await getProcedureVersion(env.db, code))!;
    const record = procedureToRecord(v1);

    const same = await env.db.transaction((tx) =>
      upsertProcedureFromRecord(tx, record, SYSTEM_ACTOR, new Date(t0.getTime() + 1000)),
    );
    expect(same).toEqual({ code, version: 1, change: "unchanged" });

    const t1 = new Date(t0.getTime() + 3_600_000);
    const changed = { ...record, fees: [{ name: "Lệ phí", amount: 5000 }] };
    const r = await env.db.transaction((tx) =>
      upsertProcedureFromRecord(tx, changed, SYSTEM_ACTOR, t1),
    );
    expect(r).toEqual({ code, version: 2, change: "new-version" });
    const twice = await env.db.transaction((tx) =>
      upsertProcedureFromRecord(tx, changed, SYSTEM_ACTOR, t1),
    );
    expect(twice.change).toBe("unchanged");

    // A dossier received between t0 and t1 keeps version 1.
    expect(
      (await getProcedureVersion(env.db, code, { at: new Date(t0.getTime() + 60_000) }))?.version,
    ).toBe(1);
    expect((await getProcedureVersion(env.db, code, { at: t1 }))?.fees).toEqual([
      { name: "Lệ phí", amount: 5000 },
    ]);
    expect(await getProcedureVersion(env.db, code, { at: new Date(t0.getTime() - 1) })).toBeNull();
    expect((await getProcedureVersion(env.db, code, { version: 1 }))?.fees).toEqual(v1.fees);
    // What the record cannot carry (trình tự, e-form…) is kept from the stored version.
    const v2 = (await getProcedureVersion(env.db, code, { version: 2 }))!;
    expect(v2.sequence).toEqual(v1.sequence);
    expect(v2.eForm).toEqual(v1.eForm);
  });

  it("refuses a record naming an unknown agency or role, writing nothing", async () => {
    const { inputs } = await seedDemo(env.clock.now());
    const rec = procedureToRecord((await getProcedureVersion(env.db, inputs[1].code))!);
    const fresh = {
      ...rec,
      code: `${rec.code}9`,
      agencies: ["Z99.9"],
      steps: [{ name: "Xử lý", role: "boss", hours: 1 }],
    };
    const err = await env.db
      .transaction((tx) => upsertProcedureFromRecord(tx, fresh, SYSTEM_ACTOR, env.clock.now()))
      .catch((e) => e);
    expect(err).toMatchObject({ code: "catalog.invalid", issues: [{ field: "steps.0.role" }] });
    const err2 = await env.db
      .transaction((tx) =>
        upsertProcedureFromRecord(tx, { ...fresh, steps: [] }, SYSTEM_ACTOR, env.clock.now()),
      )
      .catch((e) => e);
    expect(err2).toMatchObject({ code: "catalog.invalid", issues: [{ field: "agencies.0" }] });
    expect(await getProcedureVersion(env.db, fresh.code)).toBeNull();
  });
});
