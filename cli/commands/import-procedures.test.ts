import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  demoProcedures,
  getProcedureVersion,
  parseContent,
  procedureToRecord,
} from "../../server/modules/catalog/index.ts";
import { makeProvince, type TestEnv, testEnv } from "../../server/test-support.ts";
import { run } from "./import-procedures.ts";

let env: TestEnv;
const dir = mkdtempSync(join(tmpdir(), "motcua-import-"));
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

describe("motcua import procedures", () => {
  it("imports good lines, reports every bad line with its number, exits 1, and is idempotent", async () => {
    const c = await makeProvince(env.db);
    const tree = { province: c.province, departments: [c.deptA], communes: [c.communeA] };
    const prefix = c.province.replace(/\W/g, "");
    const records = demoProcedures(tree)
      .slice(0, 3)
      .map((p, i) => procedureToRecord(parseContent({ ...p, code: `${prefix}.${i}00` })));
    const lines = [
      JSON.stringify(records[0]),
      "{not json",
      JSON.stringify({ ...records[1], code: undefined }),
      "",
      JSON.stringify({ ...records[1], agencies: ["Z99.9"] }),
      JSON.stringify({ ...records[1], duration: { value: 1, unit: "working-hours" } }),
      JSON.stringify(records[2]),
      JSON.stringify({ ...records[2], extra: 1 }),
    ];
    const file = join(dir, "procedures.jsonl");
    writeFileSync(file, `${lines.join("\n")}\n`);
    const first = io();
    expect(await run([file], first.io, { db: env.db, clock: env.clock })).toBe(1);
    const err = first.err.join("\n");
    expect(err).toMatch(/dòng 2: không phải JSON hợp lệ .* \| line 2: not valid JSON/);
    expect(err).toMatch(
      /dòng 3: code: thiếu trường bắt buộc \| line 3: code: required field is missing/,
    );
    expect(err).toMatch(/line 5: agencies\.0: no agency with code Z99\.9/);
    expect(err).toMatch(/line 6: steps: the steps' quotas total \d+ working hours/);
    expect(err).toMatch(/line 8: extra: unknown field/);
    expect(err).not.toMatch(/line (1|4|7):/);
    expect(first.out.join("\n")).toMatch(
      /Imported 2 procedures \(2 new, 0 new versions, 0 unchanged\); rejected 5 lines/,
    );
    expect(await getProcedureVersion(env.db, records[1].code)).toBeNull();

    const good = join(dir, "good.jsonl");
    writeFileSync(
      good,
      `${JSON.stringify(records[0])}\r\n${JSON.stringify({ ...records[2], name: `${records[2].name} (sửa đổi)` })}\r\n`,
    );
    const second = io();
    expect(await run([good], second.io, { db: env.db, clock: env.clock })).toBe(0);
    expect(second.out.join("\n")).toMatch(
      /Imported 2 procedures \(0 new, 1 new versions, 1 unchanged\); rejected 0 lines/,
    );
    expect((await getProcedureVersion(env.db, records[0].code))?.version).toBe(1);
    expect((await getProcedureVersion(env.db, records[2].code))?.version).toBe(2);
  });

  it("puts the first version in force from the beginning, a later one from its effective date, and keeps every published part", async () => {
    const c = await makeProvince(env.db);
    const tree = { province: c.province, departments: [c.deptA], communes: [c.communeA] };
    const prefix = c.province.replace(/\W/g, "");
    const base = procedureToRecord(
      parseContent({ ...demoProcedures(tree)[0], code: `${prefix}.900` }),
    );
    const full = {
      ...base,
      method: ["counter", "online"],
      sets: 1,
      requirements: ["Người yêu cầu cư trú trên địa bàn"],
      legalBasis: ["Luật Hộ tịch số 60/2014/QH13"],
      forms: ["Tờ khai đăng ký khai sinh"],
      announcement: { number: "1234/QĐ-UBND", date: "2025-12-01" },
    };
    const file = join(dir, "history.jsonl");
    writeFileSync(file, `${JSON.stringify(full)}\n`);
    expect(await run([file], io().io, { db: env.db, clock: env.clock })).toBe(0);
    // A dossier received long before the import finds version 1.
    const old = await getProcedureVersion(env.db, full.code, {
      at: new Date("2001-05-02T02:00:00Z"),
    });
    expect(old?.version).toBe(1);
    expect(procedureToRecord(old!)).toEqual(full);
    // A changed record effective next year: version 2 from that day (Vietnam midnight), 1 before.
    const nextYear = `${new Date(env.clock.now()).getUTCFullYear() + 1}-03-01`;
    writeFileSync(
      file,
      `${JSON.stringify({ ...full, sets: 2, legalBasisEffectiveAt: nextYear })}\n`,
    );
    expect(await run([file], io().io, { db: env.db, clock: env.clock })).toBe(0);
    const v2 = await getProcedureVersion(env.db, full.code, {
      at: new Date(`${nextYear}T00:00:00+07:00`),
    });
    expect(v2?.version).toBe(2);
    expect(v2?.sets).toBe(2);
    const before = new Date(new Date(`${nextYear}T00:00:00+07:00`).getTime() - 1000);
    expect((await getProcedureVersion(env.db, full.code, { at: before }))?.version).toBe(1);
  });

  it("exits 2 with a usage line when the file is missing", async () => {
    const r = io();
    expect(await run([], r.io, { db: env.db, clock: env.clock })).toBe(2);
    expect(await run([join(dir, "none.jsonl")], r.io, { db: env.db, clock: env.clock })).toBe(2);
    expect(r.err.join("\n")).toMatch(
      /usage: motcua import procedures FILE.jsonl[\s\S]*file not found/,
    );
  });
});
