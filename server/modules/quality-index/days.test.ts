import { describe, expect, it } from "vitest";
import { instantMs } from "./days.ts";

/** A small deterministic generator (mulberry32). */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describe("instantMs: the instants of the records, parsed", () => {
  it("equals Date.parse on instants as records carry them, valid or not", () => {
    const r = rng(766);
    const pad = (n: number, w: number) => String(n).padStart(w, "0");
    const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
    for (let i = 0; i < 20_000; i++) {
      // Mostly in range, sometimes just past a limit (month 13, day 31 of a short month, 24:00, 60 s).
      const wide = r() < 0.2;
      const y = wide ? pick([0, 99, 100, 1899, 1970, 2000, 9999]) : 2000 + Math.floor(r() * 60);
      const mo = wide ? pick([0, 1, 2, 12, 13]) : 1 + Math.floor(r() * 12);
      const d = wide ? pick([0, 1, 28, 29, 30, 31, 32]) : 1 + Math.floor(r() * 31);
      const h = wide ? pick([0, 23, 24, 25]) : Math.floor(r() * 24);
      const mi = wide ? pick([0, 59, 60]) : Math.floor(r() * 60);
      const s = wide ? pick([0, 59, 60]) : Math.floor(r() * 60);
      const ms = Math.floor(r() * 1000);
      const text = `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}.${pad(ms, 3)}Z`;
      expect(instantMs(text), text).toEqual(Date.parse(text));
      // The same instant as toISOString writes it, and a random instant written that way.
      const at = Math.floor((r() - 0.3) * 4e12);
      const iso = new Date(at).toISOString();
      expect(instantMs(iso), iso).toBe(at);
    }
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
