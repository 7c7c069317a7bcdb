import { describe, expect, it } from "vitest";
import {
  civilFromDayIndex,
  dayIndexFromCivil,
  formatVn,
  isoWeekday,
  parseInstant,
} from "./vn-time.ts";

describe("Vietnam time (fixed UTC+7)", () => {
  it("formats instants with +07:00 whatever the offset they were given in", () => {
    expect(formatVn(new Date("2026-02-13T02:00:00Z"))).toBe("2026-02-13T09:00:00+07:00");
    expect(formatVn(new Date("2026-02-13T17:30:00.250Z"))).toBe("2026-02-14T00:30:00.250+07:00");
  });

  it("parses ISO instants with an offset and rejects offset-less or impossible ones", () => {
    expect(parseInstant("2026-02-13T09:00:00+07:00")?.toISOString()).toBe(
      "2026-02-13T02:00:00.000Z",
    );
    expect(parseInstant("2026-02-13T02:00Z")?.toISOString()).toBe("2026-02-13T02:00:00.000Z");
    expect(parseInstant("2026-02-13T09:00:00.5-01:30")?.toISOString()).toBe(
      "2026-02-13T10:30:00.500Z",
    );
    for (const bad of [
      "2026-02-13T09:00:00",
      "2026-02-30T09:00:00+07:00",
      "2026-02-13T24:00+07:00",
      "13/02/2026",
      "",
    ]) {
      expect(parseInstant(bad)).toBeNull();
    }
  });

  it("converts day numbers and weekdays (1970-01-01 was a Thursday)", () => {
    expect(isoWeekday(0)).toBe(4);
    expect(isoWeekday(dayIndexFromCivil(2026, 2, 16))).toBe(1);
    expect(isoWeekday(dayIndexFromCivil(1900, 1, 1))).toBe(1);
    for (const d of [-25567, -1, 0, 59, 20000, 47482]) {
      const [y, m, dd] = civilFromDayIndex(d);
      expect(dayIndexFromCivil(y, m, dd)).toBe(d);
    }
  });
});
