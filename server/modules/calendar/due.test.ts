import { describe, expect, it } from "vitest";
import { isAppError } from "../../platform/errors.ts";
import { BUILTIN_CALENDAR as cal, createCalendar } from "./builtin.ts";
import { dueAt } from "./due.ts";
import type { Unit } from "./types.ts";
import { formatVn } from "./vn-time.ts";
import { isWorkingMoment, nextWorkingMoment, workingTimeBetween } from "./working-time.ts";

const at = (s: string) => new Date(`${s}+07:00`);
const due = (start: string, n: number, unit: Unit, c = cal) =>
  formatVn(dueAt(at(start), n, unit, c));

describe("working days and hours (spec examples)", () => {
  it("3 working days from Monday 09:00 is Thursday 09:00", () => {
    expect(due("2025-10-06T09:00", 3, "working-days")).toBe("2025-10-09T09:00:00+07:00");
  });
  it("2 working days from Tuesday 07:00 is Wednesday 17:00, not Thursday 07:00", () => {
    expect(due("2025-10-07T07:00", 2, "working-days")).toBe("2025-10-08T17:00:00+07:00");
  });
  it("working hours ending exactly at a session end give that session end", () => {
    expect(due("2025-10-06T07:00", 4.5, "working-hours")).toBe("2025-10-06T11:30:00+07:00");
    expect(due("2025-10-06T11:00", 1, "working-hours")).toBe("2025-10-06T14:00:00+07:00");
    expect(due("2025-10-06T13:30", 3.5, "working-hours")).toBe("2025-10-06T17:00:00+07:00");
  });
  it("a start outside office hours starts the clock at the next working moment", () => {
    expect(due("2025-10-11T22:00", 1, "working-days")).toBe("2025-10-13T17:00:00+07:00"); // Saturday night
    expect(due("2025-10-06T12:00", 1, "working-hours")).toBe("2025-10-06T14:30:00+07:00"); // lunch break
    expect(due("2025-10-06T17:00", 1, "working-hours")).toBe("2025-10-07T08:00:00+07:00");
  });
  it("skips Tết 2026 (Notice 9441/TB-BNV) and the Hùng Kings' compensation day", () => {
    expect(due("2026-02-13T09:00", 1, "working-days")).toBe("2026-02-23T09:00:00+07:00");
    expect(due("2026-04-24T09:00", 1, "working-days")).toBe("2026-04-28T09:00:00+07:00");
  });
  it("counts a make-up Saturday (26/4/2025) and crosses years (1/1/2026 off)", () => {
    expect(due("2025-04-25T09:00", 1, "working-days")).toBe("2025-04-26T09:00:00+07:00");
    expect(due("2025-04-29T09:00", 1, "working-days")).toBe("2025-05-05T09:00:00+07:00");
    // Letter 12729/VPCP-KGVX: Friday 2/1/2026 is off too.
    expect(due("2025-12-29T09:00", 3, "working-days")).toBe("2026-01-05T09:00:00+07:00");
  });
  it("zero duration is due at the start itself", () => {
    expect(due("2025-10-11T22:00", 0, "working-days")).toBe("2025-10-11T22:00:00+07:00");
  });
});

describe("calendar days, months, same-day (Civil Code 2015 Arts. 147–148)", () => {
  it("N days end at the end of office hours of the Nth day after the start day", () => {
    expect(due("2025-10-06T09:00", 3, "days")).toBe("2025-10-09T17:00:00+07:00");
    expect(due("2025-10-06T09:00", 0, "days")).toBe("2025-10-06T17:00:00+07:00");
  });
  it("a last day that is a day off moves to the end of the next working day", () => {
    expect(due("2025-10-06T09:00", 5, "days")).toBe("2025-10-13T17:00:00+07:00"); // Saturday
    expect(due("2026-02-09T09:00", 5, "days")).toBe("2026-02-23T17:00:00+07:00"); // Sat before Tết
  });
  it("months: the same day number, clamped to the month end, then the day-off rule", () => {
    expect(due("2026-01-15T09:00", 1, "months")).toBe("2026-02-23T17:00:00+07:00"); // 15/2 Sunday in Tết
    expect(due("2026-01-31T09:00", 1, "months")).toBe("2026-03-02T17:00:00+07:00"); // 28/2 Saturday
    expect(due("2026-03-31T09:00", 1, "months")).toBe("2026-05-04T17:00:00+07:00"); // 30/4, 1/5, weekend
    expect(due("2024-01-31T09:00", 1, "months")).toBe("2024-02-29T17:00:00+07:00"); // leap year clamp
  });
  it("days and months count from the day of the next working moment when received outside hours", () => {
    expect(due("2025-10-10T20:00", 3, "days")).toBe("2025-10-16T17:00:00+07:00"); // Fri night → Mon 13
  });
  it("same-day: end of the reception day; at or after 15:00, end of the next working day", () => {
    expect(due("2025-10-06T14:59", 1, "same-day")).toBe("2025-10-06T17:00:00+07:00");
    expect(due("2025-10-06T15:00", 1, "same-day")).toBe("2025-10-07T17:00:00+07:00");
    expect(due("2025-10-10T16:00", 1, "same-day")).toBe("2025-10-13T17:00:00+07:00");
    expect(due("2025-10-06T18:00", 1, "same-day")).toBe("2025-10-07T17:00:00+07:00");
    expect(due("2025-10-11T10:00", 0, "same-day")).toBe("2025-10-13T17:00:00+07:00");
  });
});

describe("office hours per agency, effective-dated", () => {
  const c = createCalendar({
    agency: "H58.27",
    officeHours: [
      {
        validFrom: "2000-01-01",
        sessions: [
          { start: 420, end: 690 },
          { start: 810, end: 1020 },
        ],
        weekdays: [1, 2, 3, 4, 5],
        sameDayCutoff: 900,
      },
      // From 1/11/2025: 07:30–11:30, 13:00–17:00, and Saturday mornings are worked too.
      {
        validFrom: "2025-11-01",
        sessions: [
          { start: 450, end: 690 },
          { start: 780, end: 1020 },
        ],
        weekdays: [1, 2, 3, 4, 5, 6],
        sameDayCutoff: 960,
      },
    ],
  });
  it("old dates keep the old hours, new dates use the new ones", () => {
    expect(due("2025-10-06T07:00", 1, "working-days", c)).toBe("2025-10-06T17:00:00+07:00");
    expect(due("2025-11-03T07:30", 1, "working-days", c)).toBe("2025-11-03T17:00:00+07:00");
    expect(due("2025-11-07T09:00", 1, "working-days", c)).toBe("2025-11-08T09:00:00+07:00");
    expect(due("2025-11-07T15:30", 1, "same-day", c)).toBe("2025-11-07T17:00:00+07:00");
    expect(isWorkingMoment(at("2025-11-03T07:15"), c)).toBe(false);
    expect(isWorkingMoment(at("2025-11-03T13:15"), c)).toBe(true);
  });
});

describe("working moments and working time", () => {
  it("sessions are half-open: 07:00 works, 11:30 and 17:00 do not", () => {
    expect(isWorkingMoment(at("2025-10-06T07:00"), cal)).toBe(true);
    expect(isWorkingMoment(at("2025-10-06T11:30"), cal)).toBe(false);
    expect(isWorkingMoment(at("2025-10-06T17:00"), cal)).toBe(false);
    expect(isWorkingMoment(at("2024-05-04T09:00"), cal)).toBe(true); // make-up Saturday
    expect(isWorkingMoment(at("2026-02-17T09:00"), cal)).toBe(false); // Tết
  });
  it("nextWorkingMoment", () => {
    expect(formatVn(nextWorkingMoment(at("2025-10-06T12:00"), cal))).toBe(
      "2025-10-06T13:30:00+07:00",
    );
    expect(formatVn(nextWorkingMoment(at("2025-10-06T09:10"), cal))).toBe(
      "2025-10-06T09:10:00+07:00",
    );
    expect(formatVn(nextWorkingMoment(at("2026-02-13T17:00"), cal))).toBe(
      "2026-02-23T07:00:00+07:00",
    );
    expect(formatVn(nextWorkingMoment(at("2025-12-31T18:00"), cal))).toBe(
      "2026-01-05T07:00:00+07:00",
    );
  });
  it("workingTimeBetween is in minutes and antisymmetric", () => {
    expect(workingTimeBetween(at("2025-10-06T09:00"), at("2025-10-09T09:00"), cal)).toBe(3 * 480);
    expect(workingTimeBetween(at("2025-10-06T11:00"), at("2025-10-06T14:00"), cal)).toBe(60);
    expect(workingTimeBetween(at("2025-10-09T09:00"), at("2025-10-06T09:00"), cal)).toBe(-3 * 480);
    expect(workingTimeBetween(at("2025-12-31T16:00"), at("2026-01-05T08:00"), cal)).toBe(120);
  });
});

describe("bad input is an AppError with a calendar.* code", () => {
  it.each([
    [1, "weeks", "calendar.bad_unit"],
    [-1, "working-days", "calendar.bad_duration"],
    [1.5, "days", "calendar.bad_duration"],
    [2, "same-day", "calendar.bad_duration"],
    [Number.NaN, "working-hours", "calendar.bad_duration"],
  ])("%s %s → %s", (n, unit, code) => {
    try {
      dueAt(at("2025-10-06T09:00"), n, unit as Unit, cal);
      expect.unreachable();
    } catch (e) {
      expect(isAppError(e) && e.code === code && e.status === 400).toBe(true);
    }
  });
  it("an invalid start date", () => {
    expect(() => dueAt(new Date("nope"), 1, "working-days", cal)).toThrow(/malformed instant/);
  });
});
