// Hand-worked cases in the terms of "Dossier-based indicators, precisely" (index-766 spec).
// Judge: calendarDaysJudge (plain elapsed time). Times are Vietnam time.
import { describe, expect, it } from "vitest";
import type { DossierRecord } from "../../../shared/sync-record.ts";
import { dossierTotals, lookupOf } from "./dossier-indicators.ts";
import { calendarDaysJudge as judge } from "./judge.ts";
import { dossierRatios } from "./ratios.ts";
import { dossier, procedure, vn, withEvents } from "./test-fixtures.ts";

const P1 = procedure(); // result is a document, fee 50 000, 3 days
const FREE = procedure({
  code: "FREE",
  fees: [{ name: "Lệ phí", amount: 0 }],
  resultIsDocument: false,
});
const procOf = lookupOf([P1, FREE]);
const MARCH = { from: "2026-03-01", to: "2026-03-31" };
const r21 = (ds: DossierRecord[], period = MARCH) => {
  const t = dossierTotals(period, ds, procOf, judge);
  return [t.onTime21, t.handled21];
};

describe("2.1 on time", () => {
  it("subtracts the supplement time from the end of handling", () => {
    // Pause 03/03 09:00 → 05/03 09:00 = 48 h. Handled 06/03 17:00 − 48 h = 04/03 17:00 ≤ due 05/03 09:00: on time.
    const onTime = withEvents("2026-03-02 09:00", "2026-03-05 09:00", [
      "supplement-requested@2026-03-03 09:00",
      "supplement-completed@2026-03-05 09:00",
      "handled@2026-03-06 17:00",
    ]);
    expect(r21([onTime])).toEqual([1, 1]);
    // Handled 07/03 10:00 − 48 h = 05/03 10:00 > due: late.
    const late = withEvents("2026-03-02 09:00", "2026-03-05 09:00", [
      "supplement-requested@2026-03-03 09:00",
      "supplement-completed@2026-03-05 09:00",
      "handled@2026-03-07 10:00",
    ]);
    expect(r21([late])).toEqual([0, 1]);
  });

  it("counts carried-over dossiers and leaves out those finished before the period", () => {
    const a = withEvents("2026-02-25 09:00", "2026-03-04 09:00", ["handled@2026-03-03 09:00"], {
      code: "A",
    }); // carried, finished in P on time
    const b = withEvents("2026-02-20 09:00", "2026-02-28 09:00", ["handled@2026-02-27 09:00"], {
      code: "B",
    }); // finished before P: out
    const c = withEvents("2026-02-26 09:00", "2026-03-10 09:00", [], { code: "C" }); // carried, open at 31/03 > due: late
    const d = withEvents("2026-03-05 09:00", "2026-03-08 09:00", ["handled@2026-03-06 09:00"], {
      code: "D",
    }); // received in P, on time
    // handled(P) = {A, C, D} = 3; on time = {A, D} = 2. received(P) = {D} = 1.
    expect(r21([a, b, c, d])).toEqual([2, 3]);
    expect(dossierTotals(MARCH, [a, b, c, d], procOf, judge).received).toBe(1);
  });

  it("ends an unfinished dossier at the period end and ignores later events", () => {
    const x = withEvents("2026-03-10 09:00", "2026-03-20 09:00", ["handled@2026-03-25 09:00"]);
    expect(r21([x], { from: "2026-03-01", to: "2026-03-15" })).toEqual([1, 1]); // 15/03 23:59:59.999 ≤ due
    expect(r21([x], { from: "2026-03-01", to: "2026-03-22" })).toEqual([0, 1]); // 22/03 end > due
    expect(r21([x], MARCH)).toEqual([0, 1]); // handled 25/03 > due
  });

  it("takes the terminal event by precedence handled > result-returned > stopped", () => {
    // Returned 04/03 (on time) but handled 06/03 (late): handled wins → late.
    const x = withEvents("2026-03-02 09:00", "2026-03-05 09:00", [
      "result-returned@2026-03-04 10:00",
      "handled@2026-03-06 10:00",
    ]);
    expect(r21([x])).toEqual([0, 1]);
    // Up to 05/03 only the return is seen: end 04/03 10:00 → on time.
    expect(r21([x], { from: "2026-03-01", to: "2026-03-05" })).toEqual([1, 1]);
    // Stopped 03/03 (on time) then handled 07/03 (late): handled wins → late.
    const y = withEvents("2026-03-02 09:00", "2026-03-05 09:00", [
      "stopped@2026-03-03 10:00",
      "handled@2026-03-07 10:00",
    ]);
    expect(r21([y])).toEqual([0, 1]);
  });

  it("makes a dossier with two supplement requests late, whatever its dates", () => {
    const two = withEvents("2026-03-02 09:00", "2026-03-20 09:00", [
      "supplement-requested@2026-03-03 09:00",
      "supplement-completed@2026-03-04 09:00",
      "supplement-requested@2026-03-05 09:00",
      "supplement-completed@2026-03-06 09:00",
      "handled@2026-03-07 09:00",
    ]);
    expect(r21([two])).toEqual([0, 1]);
    // The same with one request is on time: handled 07/03 ≤ due 20/03.
    const one = withEvents("2026-03-02 09:00", "2026-03-20 09:00", [
      "supplement-requested@2026-03-03 09:00",
      "supplement-completed@2026-03-04 09:00",
      "handled@2026-03-07 09:00",
    ]);
    expect(r21([one])).toEqual([1, 1]);
  });

  it("ends a dossier whose only supplement never came at the request", () => {
    // Request 04/03 09:00 ≤ due 05/03 09:00; the stop on 20/03 does not move the end.
    const x = withEvents("2026-03-02 09:00", "2026-03-05 09:00", [
      "supplement-requested@2026-03-04 09:00",
      "stopped@2026-03-20 09:00",
    ]);
    expect(r21([x])).toEqual([1, 1]);
  });

  it("judges a dossier without dueAt against the legal duration (3 days)", () => {
    const late = withEvents("2026-03-02 09:00", null, ["handled@2026-03-05 10:00"]); // 73 h > 72 h
    const ok = withEvents("2026-03-02 09:00", null, ["handled@2026-03-05 08:00"]); // 71 h
    expect(r21([late, ok])).toEqual([1, 2]);
  });

  it("leaves never-received dossiers out of every indicator", () => {
    const submitted = dossier({ receivedAt: null, status: 1, events: [] });
    const refused = dossier({
      receivedAt: null,
      status: 3,
      events: [{ type: "refused", at: vn("2026-03-02 10:00") }],
    });
    const t = dossierTotals(MARCH, [submitted, refused], procOf, judge);
    expect([t.received, t.handled21, t.synced, t.fee36Den]).toEqual([0, 0, 0, 0]);
    expect(dossierRatios(t)["2.1"].value).toBeNull();
  });
});

describe("received-based indicators", () => {
  const handled = (over: Partial<DossierRecord>) =>
    withEvents("2026-03-02 09:00", "2026-03-05 09:00", ["handled@2026-03-03 09:00"], {
      status: 9,
      ...over,
    });

  it("3.6 excludes free procedures and dossiers whose own fees are all 0", () => {
    const d1 = handled({ procedure: "FREE" }); // procedure fees all 0: excluded
    const d2 = handled({
      fees: [
        { name: "Phí", amount: 0 },
        { name: "Lệ phí", amount: 0 },
      ],
    }); // exempted: excluded
    const d3 = handled({ fees: [], paidOnline: 0 }); // counted, not paid online
    const d4 = handled({ fees: [{ name: "Phí", amount: 50000 }], paidOnline: 1 }); // counted, paid online
    // 3.6 = {d4} / {d3, d4} = 1/2
    const r = dossierRatios(dossierTotals(MARCH, [d1, d2, d3, d4], procOf, judge))["3.6"];
    expect([r.numerator, r.denominator]).toEqual([1, 2]);
  });

  it("4.1 and 4.2 count missing electronic results", () => {
    const d1 = handled({ result: { code: "KQ1", file: "kq1.pdf" } }); // 4.1 num; 4.2 num
    const d2 = handled({ result: null }); // 4.1 den only; 4.2 fails (reached, document, no result)
    const d3 = withEvents("2026-03-02 09:00", "2026-03-05 09:00", [], { status: 4 }); // not reached: not in 4.1; 4.2 num
    const d4 = handled({ procedure: "FREE", result: null }); // result not a document: not in 4.1; 4.2 num
    const r = dossierRatios(dossierTotals(MARCH, [d1, d2, d3, d4], procOf, judge));
    expect([r["4.1"].numerator, r["4.1"].denominator]).toEqual([1, 2]); // {d1} / {d1, d2}
    expect([r["4.2"].numerator, r["4.2"].denominator]).toEqual([3, 4]); // {d1, d3, d4} / 4
  });

  it("1.4, 3.3, 4.3–4.5b and 5.4", () => {
    const d1 = handled({
      channel: 2,
      result: { code: "K", file: "f" },
      components: [{ name: "A", digitized: 2, fromPersonalStore: true }],
    });
    const d2 = handled({
      channel: 2,
      result: null,
      syncedToPortal: false,
      vneidVerified: true,
      feedback: { complaint: false, reaction: "dislike" },
    });
    const r = dossierRatios(dossierTotals(MARCH, [d1, d2], procOf, judge));
    expect([r["1.4"].numerator, r["1.4"].denominator]).toEqual([1, 2]); // d1 synced
    // 3.3: online with e-result {d1} / 2 = 0.5, × sync rate 0.5 = 0.25
    expect(r["3.3"].value).toBe(0.25);
    expect([r["4.3"].numerator, r["4.4"].numerator, r["4.5b"].numerator]).toEqual([1, 1, 2]);
    // 5.4 = (on time 2 − with dislike 1) / handled 2
    expect([r["5.4"].numerator, r["5.4"].denominator]).toEqual([1, 2]);
  });
});
