// Properties of "what costs points": for any unit's figures, the listed losses account for every
// point between the maximum and the unit's score, each under the indicator it belongs to, as the
// indicators are declared (indicators.ts) and scored (Decision 766/QĐ-TTg conventions).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeIndex } from "./compute.ts";
import { whatCosts } from "./costs.ts";
import { lookupOf } from "./dossier-indicators.ts";
import { ratio } from "./fraction.ts";
import { INDICATORS } from "./indicators.ts";
import { calendarDaysJudge as judge } from "./judge.ts";
import { indicatorLosses } from "./losses.ts";
import { rulesFor } from "./rules.ts";
import { assembleIndex, type IndexResult, maxFor, points, type UnitLevel } from "./score.ts";
import { dossierArb, periodArb, procedureArb } from "./test-fixtures.ts";

const period = { from: "2026-03-01", to: "2026-03-31" };
const rules = rulesFor(period.to);
const FULL = rules.groups.reduce((s, g) => s + g.max, 0);
const cents = (x: number) => Math.round(x * 100);

const levels = fc.constantFrom<UnitLevel>(
  "province",
  "ministry",
  "department",
  "commune",
  "center",
  "vertical",
  "procedure",
);
/** Figures of one indicator: numerator ≤ denominator, often 0/0 (missing data). */
const figures = fc.oneof(
  fc.constant(ratio(0, 0)),
  fc
    .tuple(fc.integer({ min: 1, max: 500 }), fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([d, share]) => ratio(Math.floor(d * share), d)),
);
const unitFigures = fc.record(Object.fromEntries(INDICATORS.map((d) => [d.id, figures])));

/** The checks shared by both properties; returns the losses. */
function accountsForEveryPoint(index: IndexResult, level: UnitLevel) {
  const losses = indicatorLosses(index, [], rules);
  // Each loss names a declared indicator, once, with the declaration's name.
  const ids = losses.map((l) => l.indicator);
  expect(new Set(ids).size).toBe(ids.length);
  for (const l of losses) {
    const d = INDICATORS.find((x) => x.id === l.indicator);
    expect(d, l.indicator).toBeDefined();
    expect(l.name).toEqual({ vi: d?.vi, en: d?.en });
  }
  // Each scored indicator loses its declared maximum (for this level) less the points its rate earns.
  for (const d of INDICATORS) {
    const max = maxFor(d, level);
    const r = index.indicators.find((i) => i.id === d.id);
    const value = r && r.denominator > 0 ? r.numerator / r.denominator : null;
    const lost = cents(max) - cents(points(value, max, d.scoring));
    expect(cents(losses.find((l) => l.indicator === d.id)?.lost ?? 0), d.id).toBe(lost);
  }
  // Together they are the whole gap, in the unit's own points (max 0 where an indicator does not
  // apply below province level)...
  const maxTotal = INDICATORS.reduce((s, d) => s + maxFor(d, level), 0);
  const scored = index.groups.reduce((s, g) => s + cents(g.score), 0);
  const lostTotal = losses.reduce((s, l) => s + cents(l.lost), 0);
  expect(lostTotal).toBe(cents(maxTotal) - scored);
  // ...and, rescaled to 100 as the total is, the gap between 100 and the total (to its rounding).
  const rescaled = (lostTotal / 100) * (FULL / maxTotal);
  expect(Math.abs(FULL - index.total - rescaled)).toBeLessThanOrEqual(0.005 + 1e-9);
  return losses;
}

describe("what costs points adds up to what the unit lacks", () => {
  it("for generated figures of a unit at any level", () => {
    fc.assert(
      fc.property(unitFigures, levels, (ratios, level) => {
        accountsForEveryPoint(assembleIndex({ unit: "U", period, level, ratios }), level);
      }),
      { numRuns: 500 },
    );
  });

  it("for generated dossiers, with each costly item listed under a loss of its indicator", () => {
    fc.assert(
      fc.property(
        fc.tuple(procedureArb("P1"), procedureArb("P2")),
        fc.array(dossierArb(["P1", "P2"], ["A1"]), { maxLength: 30 }),
        periodArb(),
        fc.constantFrom<UnitLevel>("province", "commune"),
        (procs, dossiers, p, level) => {
          const unit = {
            unit: "A1",
            level,
            period: p,
            dossiers,
            procedureOf: lookupOf(procs),
            judge,
          };
          const items = whatCosts(unit);
          const { index } = computeIndex(unit);
          accountsForEveryPoint(index, level);
          const losses = indicatorLosses(index, items, rules);
          for (const i of items) expect(losses.map((l) => l.indicator)).toContain(i.indicator);
          // A dossier counted by an indicator and not passing it is listed, once per indicator.
          for (const l of losses) {
            const d = INDICATORS.find((x) => x.id === l.indicator);
            if (d?.received) expect(l.count, l.indicator).toBe(l.denominator - l.numerator);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
