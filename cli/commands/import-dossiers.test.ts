import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { upsertProcedureFromRecord } from "../../server/modules/catalog/index.ts";
import { insertAgency, SYSTEM_ACTOR } from "../../server/modules/identity/index.ts";
import { fixedClock } from "../../server/platform/clock.ts";
import type { Db } from "../../server/platform/db.ts";
import { testDb } from "../../server/platform/testing.ts";
import { run as exportRun } from "./export-dossiers.ts";
import { run as importRun } from "./import-dossiers.ts";

const dir = mkdtempSync(join(tmpdir(), "motcua-dossiers-"));
const clock = fixedClock("2026-03-02T10:00:00Z"); // the day of the imported codes: their counters move
const P = "Q77";
const dbs: Db[] = [];
afterAll(() => Promise.all(dbs.map((d) => d.close())));

/** A store with the province, a commune and one procedure (in force since 2020). */
async function store(): Promise<Db> {
  const db = await testDb();
  dbs.push(db);
  await db.transaction(async (tx) => {
    await insertAgency(tx, { code: P, name: "Tỉnh Q", parentCode: null, level: "province" });
    await insertAgency(tx, {
      code: `${P}.3`,
      name: "UBND xã Tân Phước",
      parentCode: P,
      level: "commune",
    });
    await upsertProcedureFromRecord(tx, procedure, SYSTEM_ACTOR, new Date("2020-01-01T00:00:00Z"));
  });
  return db;
}

const procedure = {
  code: "1.001193",
  name: "Đăng ký khai sinh",
  field: "Hộ tịch",
  agencies: [`${P}.3`],
  level: "commune",
  duration: { value: 3, unit: "working-days" },
  onlineLevel: "full",
  fullOnlineEligible: true,
  fees: [{ name: "Lệ phí", amount: 0 }],
  resultIsDocument: true,
  applicantTypes: ["citizen"],
  components: [{ name: "Tờ khai", required: true }],
  steps: [
    { name: "Tiếp nhận", role: "reception", hours: 4 },
    { name: "Xử lý", role: "handler", hours: 20 },
  ],
  announcedAt: "2019-12-01",
  legalBasisEffectiveAt: "2019-12-20",
  publishedAt: "2019-12-05",
};

function dossier(n: number, over: Record<string, unknown> = {}) {
  return {
    code: `${P}.3-260302-${String(n).padStart(4, "0")}`,
    procedure: procedure.code,
    agency: `${P}.3`,
    channel: 2,
    submittedAt: "2026-03-02T08:10:00+07:00",
    receivedAt: "2026-03-02T09:00:00+07:00",
    dueAt: "2026-03-05T09:00:00+07:00",
    status: 4,
    events: [{ type: "received", at: "2026-03-02T09:00:00+07:00" }],
    paidOnline: 0,
    fees: [{ name: "Lệ phí", amount: 0 }],
    components: [{ name: "Tờ khai", digitized: 1, fromPersonalStore: false }],
    vneidVerified: true,
    populationDb: false,
    result: null,
    resultPushedToPersonalStore: false,
    syncedToPortal: true,
    fullOnline: false,
    feedback: { complaint: false, reaction: null },
    ...over,
  };
}

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
}

let db: Db;
beforeAll(async () => {
  db = await store();
});

describe("motcua import/export dossiers", () => {
  it("imports good lines, reports every bad line with its number and reason, exits 1, and is idempotent", async () => {
    const lines = [
      JSON.stringify(dossier(1)),
      "{not json",
      JSON.stringify(dossier(2, { agency: "Z99.9" })),
      JSON.stringify(
        dossier(3, {
          events: [
            { type: "received", at: "2026-03-02T09:00:00+07:00" },
            { type: "handled", at: "2026-03-01T09:00:00+07:00" },
          ],
        }),
      ),
      "",
      JSON.stringify(dossier(4, { procedure: "9.999999" })),
      JSON.stringify(dossier(5, { channel: 7 })),
      JSON.stringify(dossier(6)),
    ];
    const file = join(dir, "in.jsonl");
    writeFileSync(file, `${lines.join("\n")}\n`);
    const a = io();
    expect(await importRun([file], a.io, { db, clock })).toBe(1);
    const errs = a.err.join("\n");
    expect(errs).toMatch(/line 2: .*not valid JSON/);
    expect(errs).toMatch(/line 3: agency: unknown agency Z99.9/);
    expect(errs).toMatch(/line 4: events\[1\]\.at: .*time order/);
    expect(errs).toMatch(/line 6: procedure: unknown procedure 9.999999/);
    expect(errs).toMatch(/line 7: channel: /);
    expect(a.out.join("\n")).toMatch(
      /Imported 2 dossiers \(2 new, 0 updated, 0 unchanged\); rejected 5 lines/,
    );
    const again = io();
    await importRun([file], again.io, { db, clock });
    expect(again.out.join("\n")).toMatch(/Imported 2 dossiers \(0 new, 0 updated, 2 unchanged\)/);
    const n = await db.query("SELECT code FROM dossiers WHERE code LIKE $1", [`${P}.3-%`]);
    expect(n.rows.length).toBe(2);
  });

  it("updates a changed record and keeps its history as events", async () => {
    const file = join(dir, "changed.jsonl");
    const events = [
      { type: "received", at: "2026-03-02T09:00:00+07:00" },
      { type: "handled", at: "2026-03-04T10:00:00+07:00" },
    ];
    writeFileSync(
      file,
      `${JSON.stringify(dossier(1, { status: 9, events, result: { code: "KS-1", file: "https://dvc.example/ks-1.pdf" } }))}\n`,
    );
    const a = io();
    expect(await importRun([file], a.io, { db, clock })).toBe(0);
    expect(a.out.join("\n")).toMatch(/1 updated/);
    const ev = await db.query<{ type: string }>(
      "SELECT e.type FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id WHERE d.code = $1 ORDER BY seq",
      [`${P}.3-260302-0001`],
    );
    expect(ev.rows.map((r) => r.type)).toEqual([
      "imported",
      "received",
      "record-updated",
      "handled",
    ]);
    const d = await db.query<{ status: number; state: string }>(
      "SELECT status, state FROM dossiers WHERE code = $1",
      [`${P}.3-260302-0001`],
    );
    expect(d.rows[0]).toEqual({ status: 9, state: "handled" });
  });

  it("round-trips byte for byte: export → import into an empty store → export", async () => {
    const first = join(dir, "first.jsonl");
    const second = join(dir, "second.jsonl");
    expect(await exportRun(["--out", first], io().io, { db, clock })).toBe(0);
    const empty = await store();
    expect(await importRun([first], io().io, { db: empty, clock })).toBe(0);
    expect(await exportRun(["--out", second], io().io, { db: empty, clock })).toBe(0);
    const text = readFileSync(first, "utf8");
    expect(text.split("\n").filter(Boolean).length).toBe(2);
    expect(readFileSync(second, "utf8")).toBe(text);
    // The next code of that unit and day continues after the imported ones.
    const c = await empty.query<{ last: number }>(
      "SELECT last FROM dossier_counters WHERE unit_code = $1",
      [`${P}.3`],
    );
    expect(c.rows[0].last).toBe(6);
  });
});
