import { describe, expect, it } from "vitest";
import { BUILTIN_CALENDAR } from "../calendar/index.ts";
import { calendarAddWorkingDays, calendarJudge } from "./calendar-judge.ts";

const judge = calendarJudge(BUILTIN_CALENDAR);
const at = (s: string) => new Date(`${s}:00+07:00`);

describe("the calendar judge", () => {
  it("measures against the due moment of the calendar: weekends and Tết do not count", () => {
    const d = { value: 3, unit: "working-days" as const };
    // Friday 13 Feb 2026 09:00 + 3 working days: Tết 2026 runs to 22 Feb, so due Wed 25 Feb 09:00.
    expect(judge.exceeds(at("2026-02-13T09:00"), at("2026-02-25T09:00"), d)).toBe(false);
    expect(judge.exceeds(at("2026-02-13T09:00"), at("2026-02-25T09:01"), d)).toBe(true);
    expect(
      judge.workingTimeBetween(at("2026-03-02T09:00"), at("2026-03-03T09:00"), "working-days"),
    ).toBe(1);
    expect(
      judge.workingTimeBetween(at("2026-03-06T17:00"), at("2026-03-09T08:00"), "working-hours"),
    ).toBe(1);
  });
  it("adds working days to a date, both ways", () => {
    const add = calendarAddWorkingDays(BUILTIN_CALENDAR);
    expect(add("2026-03-06", 1)).toBe("2026-03-09");
    expect(add("2026-03-09", -5)).toBe("2026-03-02");
  });
});
