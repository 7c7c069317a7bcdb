// The record a new dossier's projectors receive: taken as read when the line is canonical, and then
// equal to the one toRecord builds from the dossier (which is what they received before).
import { describe, expect, it } from "vitest";
import type { DossierRecord } from "../../../shared/sync-record.ts";
import { quickRecord } from "./import-check.ts";
import { canonical, plan, type Valid } from "./import-plan.ts";
import { toRecord } from "./record.ts";

const NOW = new Date("2026-03-02T02:00:00Z");

function valid(line: string, n = 1): Valid {
  const rec = quickRecord(JSON.parse(line));
  if (!rec) throw new Error(`not exact: ${line}`);
  return { line: n, rec, procedureVersion: 1, text: line, exact: true };
}

const BASE: DossierRecord = {
  code: "Z01-260302-0001",
  procedure: "1.000001",
  agency: "Z01",
  channel: 2,
  submittedAt: "2026-03-02T08:10:00+07:00",
  receivedAt: "2026-03-02T09:00:00+07:00",
  dueAt: null,
  status: 2,
  events: [{ type: "received", at: "2026-03-02T09:00:00+07:00" }],
  paidOnline: 0,
  fees: [],
  components: [],
  vneidVerified: false,
  populationDb: false,
  result: null,
  resultPushedToPersonalStore: false,
  syncedToPortal: false,
  fullOnline: false,
  feedback: { complaint: false, reaction: null },
};

const built = (v: Valid) => {
  const p = plan(v, null, [], NOW)!;
  return { p, record: toRecord(p.after, p.events) };
};

describe("a new dossier's exchange record", () => {
  it("is the line as read when canonical, equal to the one built from the dossier", () => {
    const histories: DossierRecord[] = [
      BASE,
      { ...BASE, receivedAt: null, events: [], status: 1 },
      {
        ...BASE,
        code: "Z01-260302-0002",
        channel: 3,
        dueAt: "2026-03-09T17:00:00+07:00",
        status: 10,
        events: [
          { type: "received", at: "2026-03-02T09:00:00+07:00" },
          { type: "supplement-requested", at: "2026-03-03T10:00:00+07:00" },
          { type: "supplement-completed", at: "2026-03-04T10:00:00+07:00" },
          { type: "payment-requested", at: "2026-03-05T10:00:00+07:00" },
          { type: "handled", at: "2026-03-06T10:00:00+07:00" },
          { type: "result-returned", at: "2026-03-06T15:30:00+07:00" },
        ],
        paidOnline: 2,
        fees: [
          { name: "Lệ phí", amount: 30000 },
          { name: "Phí", amount: 0 },
        ],
        components: [
          { name: "Tờ khai", digitized: 3, fromPersonalStore: true },
          { name: "Bản sao", digitized: 0, fromPersonalStore: false },
        ],
        vneidVerified: true,
        populationDb: true,
        result: { code: "KQ-1", file: "https://dvc.example/kq/1.pdf" },
        resultPushedToPersonalStore: true,
        syncedToPortal: true,
        fullOnline: true,
        feedback: { complaint: true, reaction: "like" },
      },
    ];
    histories.forEach((rec, i) => {
      // Keys in another order than the spec's: the same record.
      const shuffled = Object.fromEntries(Object.entries(rec).reverse());
      for (const line of [JSON.stringify(rec), JSON.stringify(shuffled)]) {
        const v = valid(line, i + 1);
        const { p, record } = built(v);
        expect(p.record).toBe(v.rec);
        expect(p.record).toEqual(record);
      }
    });
  });

  it("is built from the dossier when an instant is not in Vietnam time or has milliseconds", () => {
    expect(built(valid(JSON.stringify(BASE))).p.record).toBeDefined();
    for (const odd of [
      { ...BASE, submittedAt: "2026-03-02T01:10:00Z" },
      { ...BASE, receivedAt: "2026-03-02T09:00:00.000+07:00" },
      { ...BASE, events: [{ type: "received", at: "2026-03-02T10:00:00+08:00" }] },
    ]) {
      const v = valid(JSON.stringify(odd));
      expect(canonical(v)).toBe(false);
      const { p, record } = built(v);
      expect(p.record).toBeUndefined();
      // What the projectors get instead: the instants in Vietnam time.
      expect(record.submittedAt).toBe("2026-03-02T08:10:00+07:00");
      expect(record.events[0].at).toMatch(/\+07:00$/);
    }
    // A record the schema had to read (not exact) is never taken as read.
    const schemaRead = { ...valid(JSON.stringify(BASE)), exact: false };
    expect(built(schemaRead).p.record).toBeUndefined();
  });
});
