// The record a new dossier's projectors receive: taken as read when the line is canonical, and then
// equal to the one toRecord builds from the dossier (which is what they received before).
import { describe, expect, it } from "vitest";
import { generateHistory } from "../../../scripts/history/generate.ts";
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

const built = (v: Valid) => {
  const p = plan(v, null, [], NOW)!;
  return { p, record: toRecord(p.after, p.events) };
};

describe("a new dossier's exchange record", () => {
  it("is the line as read when canonical, equal to the one built from the dossier", () => {
    const h = generateHistory({
      province: "T80",
      communes: 4,
      procedures: 5,
      dossiers: 300,
      from: "2025-01-01",
      shape: "spread",
    });
    let reused = 0;
    let n = 0;
    for (const d of h.dossiers()) {
      const v = valid(JSON.stringify(d), ++n);
      const { p, record } = built(v);
      if (p.record) {
        reused++;
        expect(p.record).toBe(v.rec);
        expect(p.record).toEqual(record);
      } else expect(canonical(v)).toBe(false);
    }
    // The generated history is written as the portal writes it: every record is canonical.
    expect(reused).toBe(n);
  });

  it("is built from the dossier when an instant is not in Vietnam time or has milliseconds", () => {
    const base: DossierRecord = {
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
    expect(built(valid(JSON.stringify(base))).p.record).toBeDefined();
    for (const odd of [
      { ...base, submittedAt: "2026-03-02T01:10:00Z" },
      { ...base, receivedAt: "2026-03-02T09:00:00.000+07:00" },
      { ...base, events: [{ type: "received", at: "2026-03-02T10:00:00+08:00" }] },
    ]) {
      const { p, record } = built(valid(JSON.stringify(odd)));
      expect(p.record).toBeUndefined();
      // What the projectors get instead: the instants in Vietnam time.
      expect(record.submittedAt).toBe("2026-03-02T08:10:00+07:00");
      expect(record.events[0].at).toMatch(/\+07:00$/);
    }
    // A record the schema had to read (not exact) is never taken as read.
    const schemaRead = { ...valid(JSON.stringify(base)), exact: false };
    expect(built(schemaRead).p.record).toBeUndefined();
  });
});
