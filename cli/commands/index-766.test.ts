import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Dossier } from "../../server/modules/dossiers/index.ts";
import { projector } from "../../server/modules/quality-index/index.ts";
import { vn, withEvents } from "../../server/modules/quality-index/test-fixtures.ts";
import { systemClock } from "../../server/platform/clock.ts";
import type { Db } from "../../server/platform/db.ts";
import { testDb } from "../../server/platform/testing.ts";
import { makeProvince } from "../../server/test-support.ts";
import { run } from "./index-766.ts";

let db: Db;
let codes: Awaited<ReturnType<typeof makeProvince>>;
beforeAll(async () => {
  db = await testDb();
  codes = await makeProvince(db);
});
afterAll(() => db?.close());

async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  // The command closes its store: hand it one whose close leaves the test's database open.
  const open = async () => ({ db: { ...db, close: async () => {} } as Db, clock: systemClock });
  const code = await run(argv, { out: (s) => out.push(s), err: (s) => err.push(s) }, open);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const IDS = [
  "1.1",
  "1.2",
  "1.3",
  "1.4",
  "2.1",
  "2.2",
  "3.1",
  "3.2",
  "3.3",
  "3.4",
  "3.5a",
  "3.5b",
  "3.6",
];

describe("motcua index", () => {
  it("--json prints exactly the index on one line", async () => {
    const r = await cli([
      "--unit",
      codes.communeA,
      "--from",
      "2026-03-01",
      "--to",
      "2026-03-31",
      "--json",
    ]);
    expect(r.code).toBe(0);
    expect(r.out.split("\n")).toHaveLength(1);
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual(["unit", "from", "to", "total", "groups", "indicators"]);
    expect(j).toMatchObject({
      unit: codes.communeA,
      from: "2026-03-01",
      to: "2026-03-31",
      total: 0,
    });
    expect(j.groups.map((g: { id: string }) => g.id)).toEqual(["1", "2", "3", "3b", "4", "5"]);
    expect(j.indicators.map((i: { id: string }) => i.id).slice(0, IDS.length)).toEqual(IDS);
    expect(j.indicators.map((i: { id: string }) => i.id)).toEqual(
      expect.arrayContaining(["4.5a", "4.5b", "5.4"]),
    );
    for (const i of j.indicators) {
      expect(Object.keys(i)).toEqual(["id", "numerator", "denominator", "rate", "max", "score"]);
      expect(i.rate).toBeNull();
    }
  });

  it("prints a Vietnamese table without --json", async () => {
    const r = await cli(["--unit", codes.province, "--from", "2026-01-01", "--to", "2026-12-31"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Tổng điểm: 0/100 — Xếp loại: Yếu");
    expect(r.out).toContain("Hồ sơ giải quyết trước, đúng hạn");
    expect(r.out).toContain("N/A");
  });

  it.each([
    [["--from", "2026-03-01", "--to", "2026-03-31"], "--unit"],
    [["--unit", "X", "--from", "2026-02-30", "--to", "2026-03-31"], "--from"],
    [["--unit", "X", "--from", "2026-03-01"], "--to"],
    [["--unit", "X", "--from", "2026-03-05", "--to", "2026-03-01"], "--to"],
    [["--unit", "X", "--from", "2026-03-01", "--to", "2026-03-31", "--week", "2"], "--week"],
    [["--unit", "Z99.9999", "--from", "2026-03-01", "--to", "2026-03-31"], "--unit"],
  ])("exits 2 naming the bad argument: %j", async (argv, name) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`Lỗi: ${name}`);
    expect(r.err).toContain(`Error: ${name}`);
    expect(r.out).toBe("");
  });

  it("rebuild recomputes from the stored dossiers", async () => {
    const r = await cli(["rebuild"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Recomputed from 0 dossiers");
  });
});

describe("motcua index --as-of", () => {
  it("gives a past period as it stood at its end, or at the instant asked for", async () => {
    const received = withEvents("2025-03-03 09:00", "2025-03-06 09:00", [], {
      code: `${codes.communeA}-250303-0001`,
      agency: codes.communeA,
      syncedToPortal: false,
    });
    const project = projector();
    const at = (s: string) => ({
      dossier: { updatedAt: new Date(vn(s)) } as Dossier,
      created: false,
    });
    await db.transaction((tx) =>
      project(tx, null, received, { ...at("2025-03-03 09:00"), created: true }),
    );
    // The national portal acknowledges it on 10 April.
    await db.transaction((tx) =>
      project(tx, received, { ...received, syncedToPortal: true }, at("2025-04-10 10:00")),
    );
    const sync = async (...extra: string[]) => {
      const r = await cli([
        "--unit",
        codes.communeA,
        "--from",
        "2025-03-01",
        "--to",
        "2025-03-31",
        "--json",
        ...extra,
      ]);
      expect(r.code).toBe(0);
      const i = JSON.parse(r.out).indicators.find((x: { id: string }) => x.id === "1.4");
      return [i.numerator, i.denominator];
    };
    expect(await sync()).toEqual([0, 1]);
    expect(await sync("--as-of", "2025-04-10T09:59:59+07:00")).toEqual([0, 1]);
    expect(await sync("--as-of", "2025-04-10T10:00:00+07:00")).toEqual([1, 1]);
    expect(await sync("--as-of", "2025-03-03T08:00:00+07:00")).toEqual([0, 0]);
    const bad = await cli([
      "--unit",
      codes.communeA,
      "--from",
      "2025-03-01",
      "--to",
      "2025-03-31",
      "--as-of",
      "2025-04-10",
    ]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--as-of");
    expect(bad.err).toContain("not an ISO 8601 instant with an offset");
  });
});
