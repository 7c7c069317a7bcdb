// Properties of working-time arithmetic over the built-in calendar and an agency calendar with
// Saturday mornings, for whole-minute starts 2023–2027.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BUILTIN_CALENDAR, createCalendar } from "./builtin.ts";
import { dueAt } from "./due.ts";
import type { Calendar } from "./types.ts";
import { dayIndexOf, instantAt, msOfDay } from "./vn-time.ts";
import { isWorkingMoment, sessionsOn, workingTimeBetween } from "./working-time.ts";

const SATURDAYS = createCalendar({
  officeHours: [
    {
      validFrom: "1900-01-01",
      sessions: [
        { start: 450, end: 720 },
        { start: 780, end: 1050 },
      ],
      weekdays: [1, 2, 3, 4, 5, 6],
      sameDayCutoff: 900,
    },
  ],
});
const calendars = fc.constantFrom<Calendar>(BUILTIN_CALENDAR, SATURDAYS);
const FROM = Date.parse("2023-01-01T00:00:00+07:00");
const TO = Date.parse("2027-12-31T00:00:00+07:00");
const starts = fc
  .integer({ min: FROM / 60_000, max: TO / 60_000 })
  .map((m) => new Date(m * 60_000));
const unit = fc.constantFrom("working-days" as const, "working-hours" as const);
const MINUTES = { "working-days": 480, "working-hours": 60 };

function isSessionEnd(t: Date, cal: Calendar): boolean {
  const day = dayIndexOf(t.getTime());
  const flat = sessionsOn(cal, day);
  if (!flat) return false;
  const m = msOfDay(t.getTime(), day);
  for (let k = 1; k < flat.length; k += 2)
    if (instantAt(day, flat[k]) === t.getTime() && m === flat[k]) return true;
  return false;
}

describe("working-time properties", () => {
  it("due moments are working moments or session ends", () => {
    fc.assert(
      fc.property(calendars, starts, fc.integer({ min: 1, max: 30 }), unit, (cal, s, d, u) => {
        const due = dueAt(s, d, u, cal);
        return isWorkingMoment(due, cal) || isSessionEnd(due, cal);
      }),
      { numRuns: 2000 },
    );
  });

  it("due moments are monotone in the duration", () => {
    fc.assert(
      fc.property(
        calendars,
        starts,
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 30 }),
        unit,
        (cal, s, a, b, u) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          return dueAt(s, lo, u, cal).getTime() <= dueAt(s, hi, u, cal).getTime();
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("dueAt(dueAt(s, a), b) = dueAt(s, a + b)", () => {
    fc.assert(
      fc.property(
        calendars,
        starts,
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 30 }),
        unit,
        (cal, s, a, b, u) => {
          expect(dueAt(dueAt(s, a, u, cal), b, u, cal).getTime()).toBe(
            dueAt(s, a + b, u, cal).getTime(),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("workingTimeBetween(start, dueAt(start, d)) = d", () => {
    fc.assert(
      fc.property(starts, fc.integer({ min: 0, max: 30 }), unit, (s, d, u) => {
        // The default calendar: 1 working day = 8 h = 480 minutes.
        expect(workingTimeBetween(s, dueAt(s, d, u, BUILTIN_CALENDAR), BUILTIN_CALENDAR)).toBe(
          d * MINUTES[u],
        );
      }),
      { numRuns: 2000 },
    );
  });

  it("the due moment is the earliest: one minute earlier, less working time has elapsed", () => {
    fc.assert(
      fc.property(calendars, starts, fc.integer({ min: 1, max: 30 }), unit, (cal, s, d, u) => {
        const due = dueAt(s, d, u, cal);
        const need = d * (u === "working-hours" ? 60 : cal === SATURDAYS ? 540 : 480);
        return workingTimeBetween(s, new Date(due.getTime() - 60_000), cal) < need;
      }),
      { numRuns: 2000 },
    );
  });
});
