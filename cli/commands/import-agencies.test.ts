import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAgency, getBankAccount } from "../../server/modules/identity/index.ts";
import { type TestEnv, testEnv } from "../../server/test-support.ts";
import { run } from "./import-agencies.ts";

let env: TestEnv;
const dir = mkdtempSync(join(tmpdir(), "motcua-agencies-"));
beforeAll(async () => {
  env = await testEnv();
});
afterAll(() => env.close());

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) },
    out,
    err,
  };
}

describe("motcua import agencies", () => {
  it("imports parents before children, reports bad lines by number, and applies renames and mergers", async () => {
    const p = `Q${String((Date.now() % 90) + 10)}`;
    const lines = [
      { code: p, name: "UBND tỉnh Thử Nghiệm", parent: null, level: "province" },
      { code: `${p}.27`, name: "UBND xã Tân Phước", parent: p, level: "commune" },
      { code: `${p}.28`, name: "UBND xã Mỹ Phước", parent: p, level: "commune" },
      { code: `${p}.29`, name: "UBND xã Lạ", parent: `${p}.99`, level: "commune" },
      { code: `${p}.30`, name: "Xã sai cấp", parent: p, level: "district" },
    ].map((x) => JSON.stringify(x));
    const file = join(dir, "agencies.jsonl");
    writeFileSync(file, lines.join("\n"));
    const first = io();
    expect(await run([file], first.io, { db: env.db, clock: env.clock })).toBe(1);
    const err = first.err.join("\n");
    expect(err).toMatch(/line 4: parent: no parent agency/);
    expect(err).toMatch(/line 5: level: invalid value/);
    expect(first.out.join("\n")).toMatch(
      /Imported 3 agencies \(3 new, 0 changed, 0 unchanged\); rejected 2 lines/,
    );

    const next = [
      lines[0],
      JSON.stringify({
        code: `${p}.27`,
        name: "UBND xã Tân Phước Mới",
        parent: p,
        level: "commune",
      }),
      JSON.stringify({
        code: `${p}.28`,
        name: "UBND xã Mỹ Phước",
        parent: p,
        level: "commune",
        validTo: "2026-07-01",
        mergedInto: `${p}.27`,
      }),
    ];
    writeFileSync(file, next.join("\n"));
    const second = io();
    expect(await run([file], second.io, { db: env.db, clock: env.clock })).toBe(0);
    expect(second.out.join("\n")).toMatch(/Imported 3 agencies \(0 new, 2 changed, 1 unchanged\)/);
    expect((await getAgency(env.db, `${p}.27`))?.name).toBe("UBND xã Tân Phước Mới");
    expect(await getAgency(env.db, `${p}.28`)).toMatchObject({
      mergedInto: `${p}.27`,
      validTo: "2026-07-01",
    });

    // The account fees are collected into: stored, changed once, left alone when absent.
    const bankAccount = { bin: "970415", number: "1020304050", name: "UBND XA TAN PHUOC" };
    writeFileSync(file, JSON.stringify({ ...JSON.parse(next[1]), bankAccount }));
    const third = io();
    expect(await run([file], third.io, { db: env.db, clock: env.clock })).toBe(0);
    expect(third.out.join("\n")).toMatch(/\(0 new, 1 changed, 0 unchanged\)/);
    expect(await getBankAccount(env.db, `${p}.27`)).toEqual(bankAccount);
    writeFileSync(file, next[1]);
    const fourth = io();
    expect(await run([file], fourth.io, { db: env.db, clock: env.clock })).toBe(0);
    expect(fourth.out.join("\n")).toMatch(/\(0 new, 0 changed, 1 unchanged\)/);
    expect(await getBankAccount(env.db, `${p}.27`)).toEqual(bankAccount);
    writeFileSync(file, JSON.stringify({ ...JSON.parse(next[1]), bankAccount: { bin: "97" } }));
    const bad = io();
    expect(await run([file], bad.io, { db: env.db, clock: env.clock })).toBe(1);
    expect(bad.err.join("\n")).toMatch(/line 1: bankAccount\.bin/);
  });
});
