import { describe, expect, it } from "vitest";
import type { Sql } from "../../platform/db.ts";
import { BUILTIN_CALENDAR } from "../calendar/index.ts";
import { calendarAddWorkingDays, calendarJudge, JudgeCache } from "./calendar-judge.ts";

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

describe("the judges' cache", () => {
  it("reads each agency's calendar once through its source, concurrent callers included", async () => {
    const asked: (string | null)[] = [];
    const source = async (_sql: Sql, agency: string | null) => {
      asked.push(agency);
      await new Promise((r) => setTimeout(r, 5));
      if (agency === "GONE") throw new Error("no calendar");
      return BUILTIN_CALENDAR;
    };
    const judges = new JudgeCache(60_000, source);
    const sql = {} as Sql;
    // Two batches of an import asking at once, for the same agencies.
    await Promise.all([
      judges.lookup(sql, ["A", "B", "A"]),
      judges.lookup(sql, ["B", "A"]),
      judges.calendar(sql, "A"),
    ]);
    expect(asked.map(String).sort()).toEqual(["A", "B", "null"]);
    // An agency without a calendar falls back to the province default (read once, above).
    expect(await judges.calendar(sql, "GONE")).toBe(BUILTIN_CALENDAR);
    expect(asked.filter((a) => a === "GONE")).toHaveLength(1);
    judges.invalidate();
    await judges.get(sql, "A");
    expect(asked.filter((a) => a === "A")).toHaveLength(2);
  });
});
