import { describe, expect, it } from "vitest";
import { BUILTIN_CALENDAR, workingTimeBetween } from "../calendar/index.ts";
import { DEFAULT_THRESHOLDS, warnAt, workingInstantBefore } from "./thresholds.ts";

const cal = BUILTIN_CALENDAR;
const at = (s: string) => new Date(s);

describe("warning moments in working time", () => {
  it("finds the instant from which the given working time is left", () => {
    // Due Thursday 5/3/2026 09:00: 1 working day before is Wednesday 09:00, 4 hours Wednesday 15:00.
    const due = at("2026-03-05T09:00:00+07:00");
    expect(warnAt(due, DEFAULT_THRESHOLDS[0], cal).toISOString()).toBe("2026-03-04T02:00:00.000Z");
    expect(warnAt(due, DEFAULT_THRESHOLDS[1], cal).toISOString()).toBe("2026-03-04T08:00:00.000Z");
    expect(warnAt(due, DEFAULT_THRESHOLDS[2], cal).getTime()).toBe(due.getTime() + 1);
  });

  it("skips the lunch break, weekends and Tết", () => {
    // Due Monday 9/3/2026 08:00: 4 working hours before is Friday 6/3 14:00.
    expect(workingInstantBefore(at("2026-03-09T08:00:00+07:00"), 240, cal).toISOString()).toBe(
      "2026-03-06T07:00:00.000Z",
    );
    // Due Monday 23/2/2026 09:00, right after Tết (14–22/2 off): 1 day before is Friday 13/2 09:00.
    expect(workingInstantBefore(at("2026-02-23T09:00:00+07:00"), 480, cal).toISOString()).toBe(
      "2026-02-13T02:00:00.000Z",
    );
  });

  it("leaves exactly the working time asked for, for any due moment", () => {
    for (let i = 0; i < 200; i++) {
      const due = new Date(Date.parse("2026-01-05T00:00:00Z") + i * 7_919_000);
      const t = workingInstantBefore(due, 240, cal);
      expect(workingTimeBetween(t, due, cal)).toBeLessThanOrEqual(240);
      expect(workingTimeBetween(new Date(t.getTime() - 1000), due, cal)).toBeGreaterThan(240);
    }
  });
});
