import { describe, expect, it } from "vitest";
import { dossierRecord, instant } from "../../../shared/sync-record.ts";
import { INSTANT, quickRecord } from "./import-check.ts";

const base = () => ({
  code: "H58.27-260302-0001",
  procedure: "1.001234",
  agency: "H58.27",
  channel: 1,
  submittedAt: "2026-03-02T08:10:00+07:00",
  receivedAt: "2026-03-02T09:00:00+07:00",
  dueAt: "2026-03-05T09:00:00.250+07:00",
  status: 10,
  events: [
    { type: "received", at: "2026-03-02T09:00:00+07:00" },
    { type: "handled", at: "2026-03-04T02:00:00Z" },
    { type: "result-returned", at: "2026-03-04T09:00:00+07:00" },
  ],
  paidOnline: 0,
  fees: [{ name: "Lệ phí", amount: 50000 }],
  components: [{ name: "Tờ khai", digitized: 1, fromPersonalStore: false }],
  vneidVerified: true,
  populationDb: false,
  result: { code: "KQ-1", file: "a".repeat(64) },
  resultPushedToPersonalStore: false,
  syncedToPortal: true,
  fullOnline: false,
  feedback: { complaint: false, reaction: "like" },
});

const BAD_VALUES: unknown[] = [
  undefined,
  null,
  "",
  " x",
  "x ",
  0,
  -1,
  1.5,
  4,
  11,
  true,
  [],
  {},
  "2026-02-30T09:00:00+07:00",
  "2026-03-02T09:00+07:00",
  "2026-03-02T09:00:00",
  "2026-03-02T24:00:00Z",
  "2026-03-02T09:00:00+7:00",
  "2025-02-29T09:00:00Z",
  "2024-02-29T09:00:00Z",
  "like",
  "dislike",
  "maybe",
];

/** Every way to change one field of the base record (paths into it, and a value). */
function* mutations(): Generator<unknown> {
  const paths: (string | number)[][] = [];
  const walk = (v: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (v && typeof v === "object")
      for (const [k, x] of Object.entries(v)) walk(x, [...path, Array.isArray(v) ? Number(k) : k]);
  };
  walk(base(), []);
  for (const path of paths.filter((p) => p.length)) {
    for (const value of BAD_VALUES) {
      const r = base();
      // biome-ignore lint/suspicious/noExplicitAny: a deliberately broken copy.
      let o: any = r;
      for (const k of path.slice(0, -1)) o = o[k];
      const last = path[path.length - 1];
      if (value === undefined) delete o[last];
      else o[last] = value;
      yield r;
    }
    const r = base();
    // biome-ignore lint/suspicious/noExplicitAny: a deliberately broken copy.
    let o: any = r;
    for (const k of path.slice(0, -1)) o = o[k];
    if (o && typeof o === "object" && !Array.isArray(o)) {
      o.extra = 1;
      yield r;
    }
  }
  const swapped = base();
  swapped.events.reverse();
  yield swapped;
  const noEvents = base();
  noEvents.events = [];
  yield noEvents;
}

describe("the import's quick check", () => {
  it("uses the schema's instant pattern", () => {
    const pattern = (instant as unknown as { _zod: { pattern?: RegExp } })._zod.pattern;
    expect(pattern?.source).toBe(INSTANT.source);
  });

  it("accepts a record only when the schema accepts it, and returns what the schema returns", () => {
    let accepted = 0;
    let tried = 0;
    for (const r of [base(), ...mutations()]) {
      tried++;
      const quick = quickRecord(JSON.parse(JSON.stringify(r ?? null)));
      const schema = dossierRecord.safeParse(r);
      if (quick) {
        accepted++;
        expect(schema.success, JSON.stringify(r)).toBe(true);
        expect(quick).toEqual(schema.data);
      }
    }
    expect(quickRecord(base())).not.toBeNull();
    expect(tried).toBeGreaterThan(500);
    expect(accepted).toBeGreaterThan(20);
  });
});
