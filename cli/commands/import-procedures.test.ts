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

  it("exits 2 with a usage line when the file is missing", async () => {
    const r = io();
    expect(await run([], r.io, { db: env.db, clock: env.clock })).toBe(2);
    expect(await run([join(dir, "none.jsonl")], r.io, { db: env.db, clock: env.clock })).toBe(2);
    expect(r.err.join("\n")).toMatch(
      /usage: motcua import procedures FILE.jsonl[\s\S]*file not found/,
    );
  });
});
