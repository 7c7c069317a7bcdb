import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { instantMs } from "./days.ts";

describe("instantMs: the instants of the records, parsed", () => {
  it("equals Date.parse on instants as records carry them, valid or not", () => {
    const pad = (n: number, w: number) => String(n).padStart(w, "0");
    // Mostly in range, sometimes just past a limit (month 13, day 31 of a short month, 24:00, 60 s).
    const field = (lo: number, hi: number, edges: number[]) =>
      fc.oneof(
        { arbitrary: fc.integer({ min: lo, max: hi }), weight: 4 },
        fc.constantFrom(...edges),
      );
    const text = fc
      .tuple(
        field(2000, 2059, [0, 99, 100, 1899, 1970, 2000, 9999]),
        field(1, 12, [0, 1, 2, 12, 13]),
        field(1, 31, [0, 1, 28, 29, 30, 31, 32]),
        field(0, 23, [0, 23, 24, 25]),
        field(0, 59, [0, 59, 60]),
        field(0, 59, [0, 59, 60]),
        fc.integer({ min: 0, max: 999 }),
      )
      .map(
        ([y, mo, d, h, mi, s, ms]) =>
          `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}.${pad(ms, 3)}Z`,
      );
    fc.assert(
      fc.property(text, (t) => Object.is(instantMs(t), Date.parse(t))),
      { numRuns: 20_000, seed: 766 },
    );
    // The same instant as toISOString writes it.
    fc.assert(
      fc.property(fc.integer({ min: -1.2e12, max: 2.8e12 }), (at) => {
        return instantMs(new Date(at).toISOString()) === at;
      }),
      { numRuns: 20_000, seed: 766 },
    );
  });

  it("falls back to Date.parse for every other form", () => {
    for (const s of [
      "2025-03-04T05:06:07+07:00",
      "2025-03-04T05:06:07.123+07:00",
      "2025-03-04T05:06:07Z",
      "2025-03-04",
      "2025-03-04T05:06:07.12xZ",
      "2025-03-04 05:06:07.123Z",
      "+02025-03-04T05:06:07.123Z",
      "-0001-03-04T05:06:07.123Z",
      "",
      "not a date at all, 24 ch",
    ])
      expect(instantMs(s), s).toEqual(Date.parse(s));
  });
});
