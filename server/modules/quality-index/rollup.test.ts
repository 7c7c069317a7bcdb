import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dossierTotals, lookupOf } from "./dossier-indicators.ts";
import { calendarDaysJudge as judge } from "./judge.ts";
import { dossierRatios } from "./ratios.ts";
import { changeDelta, contribution, mergeDeltas, totalsFromRollups } from "./rollup.ts";
import { dossierArb, periodArb, procedureArb, withEvents } from "./test-fixtures.ts";

const scenario = fc.record({
  procs: fc.tuple(procedureArb("P1"), procedureArb("P2"), procedureArb("P3")),
  dossiers: fc.array(dossierArb(["P1", "P2", "P3"], ["A1", "A2"]), { maxLength: 25 }),
  periods: fc.array(periodArb(), { minLength: 1, maxLength: 4 }),
});

describe("rollups give exactly the direct computation", () => {
  it("for random histories, units and periods", () => {
    fc.assert(
      fc.property(scenario, ({ procs, dossiers, periods }) => {
        const procOf = lookupOf(procs);
        const rows = mergeDeltas(
          ...dossiers.map((d) => contribution(d, procOf(d.procedure), judge)),
        );
        for (const period of periods)
          for (const unit of [["A1"], ["A2"], ["A1", "A2"]]) {
            const mine = dossiers.filter((d) => unit.includes(d.agency));
            const direct = dossierTotals(period, mine, procOf, judge);
            const rolled = totalsFromRollups(
              rows.filter((r) => unit.includes(r.agency)),
              period,
            );
            expect(rolled).toEqual(direct);
            expect(dossierRatios(rolled)).toEqual(dossierRatios(direct));
          }
      }),
      { numRuns: 400 },
    );
  });

  it("incremental (subtract old, add new) equals a fresh contribution", () => {
    fc.assert(
      fc.property(
        scenario,
        fc.array(dossierArb(["P1", "P2", "P3"], ["A1"]), { minLength: 1, maxLength: 25 }),
        ({ procs, dossiers }, changed) => {
          const procOf = lookupOf(procs);
          const pairs = dossiers.map((d, i) => [d, changed[i % changed.length]] as const);
          const fresh = mergeDeltas(
            ...pairs.map(([, n]) => contribution(n, procOf(n.procedure), judge)),
          );
          const start = mergeDeltas(
            ...pairs.map(([o]) => contribution(o, procOf(o.procedure), judge)),
          );
          const steps = pairs.map(([o, n]) =>
            changeDelta(
              { dossier: o, procedure: procOf(o.procedure) },
              { dossier: n, procedure: procOf(n.procedure) },
              judge,
            ),
          );
          expect(mergeDeltas(start, ...steps)).toEqual(fresh);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("writes a pair row only when a finished dossier's state changes afterwards", () => {
    // Handled then returned: no pair row. Returned on 5/3, then handled on 9/3: the end moves.
    const normal = withEvents("2026-03-02 09:00", "2026-03-06 09:00", [
      "handled@2026-03-04 10:00",
      "result-returned@2026-03-05 10:00",
    ]);
    expect(contribution(normal, undefined, judge).filter((d) => d.day2 !== null)).toEqual([]);
    const odd = withEvents("2026-03-02 09:00", "2026-03-06 09:00", [
      "result-returned@2026-03-05 10:00",
      "handled@2026-03-09 10:00",
    ]);
    expect(
      contribution(odd, undefined, judge).filter((d) => d.day2 !== null).length,
    ).toBeGreaterThan(0);
  });
});
