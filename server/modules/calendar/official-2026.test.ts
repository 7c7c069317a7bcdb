// The 2026 swaps as officially decided, National Day since 2021, Culture Day pending, and office
// hours that differ by weekday.
import { describe, expect, it } from "vitest";
import { builtinYear, createCalendar } from "./builtin.ts";
import { dueAt } from "./due.ts";
import { statutoryYear } from "./statutory.ts";
import { formatVn } from "./vn-time.ts";

const cal = createCalendar();
const due = (from: string, n: number, unit: "working-days" | "working-hours" = "working-days") =>
  formatVn(dueAt(new Date(from), n, unit, cal));

describe("calendar 2026 as officially decided", () => {
  it("Notice 9441/TB-BNV: Mon 31/8 off for Sat 22/8, so Fri 28/8 09:00 + 2 working days is Fri 4/9", () => {
    expect(due("2026-08-28T09:00:00+07:00", 2)).toBe("2026-09-04T09:00:00+07:00");
    // The working Saturday 22/8 counts: Fri 21/8 16:00 + 2 working hours ends on Saturday.
    expect(due("2026-08-21T16:00:00+07:00", 2, "working-hours")).toBe("2026-08-22T08:00:00+07:00");
    const y = builtinYear(2026).entries;
    for (const d of ["2026-08-22", "2026-08-31", "2026-09-01"])
      expect(y.find((e) => e.date === d)?.source.notice?.number).toBe("9441/TB-BNV");
  });

  it("Letter 12729/VPCP-KGVX: Fri 2/1 off, Sat 10/1 worked; Fri 9/1 + 1 working day is Sat 10/1", () => {
    expect(due("2025-12-31T09:00:00+07:00", 1)).toBe("2026-01-05T09:00:00+07:00");
    expect(due("2026-01-09T09:00:00+07:00", 1)).toBe("2026-01-10T09:00:00+07:00");
    const y = builtinYear(2026).entries;
    const swap = y.filter((e) => e.source.notice?.number === "12729/VPCP-KGVX");
    expect(swap.map((e) => [e.date, e.kind, e.status])).toEqual([
      ["2026-01-02", "day-off", "confirmed"],
      ["2026-01-10", "working-day", "confirmed"],
    ]);
    expect(swap[0].source.notice?.date).toBe("2025-12-25");
  });

  it("2025 days are official per Notice 6150/TB-BLĐTBXH", () => {
    const y = builtinYear(2025);
    expect(y.status).toBe("confirmed");
    const from6150 = y.entries.filter((e) => e.source.notice?.number === "6150/TB-BLĐTBXH");
    expect(from6150.map((e) => e.date)).toEqual([
      "2025-01-27",
      "2025-01-28",
      "2025-01-29",
      "2025-01-30",
      "2025-01-31",
      "2025-04-26",
      "2025-05-02",
      "2025-09-01",
    ]);
  });
});

describe("statutory rules by year", () => {
  const national = (y: number) =>
    statutoryYear(y)
      .filter((e) => e.name.vi.startsWith("Quốc khánh"))
      .map((e) => e.date);

  it("National Day has two days from 2021 (Labour Code 2019), one before", () => {
    expect(national(2020)).toEqual(["2020-09-02"]);
    expect(national(2021)).toEqual(["2021-09-02", "2021-09-03"]);
    expect(national(2022)).toHaveLength(2);
  });

  it("Culture Day 24/11 is proposed from 2026, always provisional, with its basis", () => {
    expect(statutoryYear(2025).some((e) => e.date === "2025-11-24")).toBe(false);
    const c27 = statutoryYear(2027).find((e) => e.date === "2027-11-24");
    expect(c27?.status).toBe("provisional");
    expect(c27?.source.basis).toMatch(/Culture Day/);
    const c26 = builtinYear(2026).entries.find((e) => e.date === "2026-11-24");
    expect(c26?.status).toBe("provisional");
    expect(c26?.kind).toBe("day-off");
  });
});

describe("office hours by weekday", () => {
  // A one-stop centre open Monday–Friday plus Saturday 07:00–11:30.
  const centre = createCalendar({
    officeHours: [
      {
        validFrom: "2020-01-01",
        sessions: [
          { start: 420, end: 690 },
          { start: 810, end: 1020 },
        ],
        weekdays: [1, 2, 3, 4, 5, 6],
        weekdaySessions: [{ weekday: 6, sessions: [{ start: 420, end: 690 }] }],
        sameDayCutoff: 900,
      },
    ],
  });
  it("counts Saturday morning only, and a make-up Saturday as a full day", () => {
    // Fri 6/3/2026 16:00 + 3 working hours: 1 h Friday, 2 h Saturday morning → Sat 09:00.
    expect(formatVn(dueAt(new Date("2026-03-06T16:00:00+07:00"), 3, "working-hours", centre))).toBe(
      "2026-03-07T09:00:00+07:00",
    );
    // Sat 11:00 + 1 h: 30 min Saturday, then Monday 07:30 (no Saturday afternoon).
    expect(formatVn(dueAt(new Date("2026-03-07T11:00:00+07:00"), 1, "working-hours", centre))).toBe(
      "2026-03-09T07:30:00+07:00",
    );
    // Make-up Saturday 10/1/2026 has the normal full hours: 11:00 + 1 h → 14:00.
    expect(formatVn(dueAt(new Date("2026-01-10T11:00:00+07:00"), 1, "working-hours", centre))).toBe(
      "2026-01-10T14:00:00+07:00",
    );
  });
  it("refuses own hours for a weekday that is not worked", () => {
    expect(() =>
      createCalendar({
        officeHours: [
          {
            validFrom: "2020-01-01",
            sessions: [{ start: 420, end: 690 }],
            weekdays: [1, 2, 3, 4, 5],
            weekdaySessions: [{ weekday: 7, sessions: [{ start: 420, end: 600 }] }],
            sameDayCutoff: 900,
          },
        ],
      }),
    ).toThrow(/weekday/);
  });
});
