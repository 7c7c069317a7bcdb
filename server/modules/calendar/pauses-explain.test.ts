import { describe, expect, it } from "vitest";
import { BUILTIN_CALENDAR as cal } from "./builtin.ts";
import { explainDue } from "./explain.ts";
import { extendForPauses, pausedWorkingMs } from "./pauses.ts";
import { formatVn } from "./vn-time.ts";

const at = (s: string) => new Date(`${s}+07:00`);

describe("pauses move the due moment by the paused working time", () => {
  it("a pause over a weekend counts only its working time", () => {
    // Paused Fri 15:00 → Mon 09:00: 2 h Friday + 2 h Monday = 4 working hours.
    const pauses = [{ from: at("2025-10-10T15:00"), to: at("2025-10-13T09:00") }];
    expect(pausedWorkingMs(pauses, cal)).toBe(4 * 3_600_000);
    expect(formatVn(extendForPauses(at("2025-10-15T09:00"), pauses, cal))).toBe(
      "2025-10-15T15:00:00+07:00",
    );
  });
  it("overlapping pauses count once; an open pause runs to asOf", () => {
    const pauses = [
      { from: at("2025-10-06T08:00"), to: at("2025-10-06T10:00") },
      { from: at("2025-10-06T09:00"), to: at("2025-10-06T11:00") },
      { from: at("2025-10-07T07:00"), to: null },
    ];
    expect(pausedWorkingMs(pauses, cal, at("2025-10-07T08:00"))).toBe(4 * 3_600_000);
    expect(() => pausedWorkingMs(pauses, cal)).toThrow(/asOf/);
    expect(() =>
      pausedWorkingMs([{ from: at("2025-10-07T08:00"), to: at("2025-10-07T07:00") }], cal),
    ).toThrow(/ends before/);
  });
  it("no pauses leave the due moment unchanged", () => {
    expect(extendForPauses(at("2025-10-15T17:00"), [], cal).getTime()).toBe(
      at("2025-10-15T17:00").getTime(),
    );
  });
});

describe("explainDue", () => {
  it("lists the weekend and the Tết days with their notice, in both languages", () => {
    const x = explainDue(at("2026-02-13T20:00"), 2, "working-days", cal);
    expect(x.due).toBe("2026-02-24T17:00:00+07:00");
    expect(x.outsideOfficeHours).toBe(true);
    expect(x.skipped.map((s) => [s.date, s.reason])).toEqual([
      ["2026-02-14", "weekend"],
      ["2026-02-15", "weekend"],
      ["2026-02-16", "holiday"],
      ["2026-02-17", "holiday"],
      ["2026-02-18", "holiday"],
      ["2026-02-19", "holiday"],
      ["2026-02-20", "holiday"],
      ["2026-02-21", "weekend"],
      ["2026-02-22", "weekend"],
    ]);
    expect(x.lines.en[0]).toContain("outside office hours");
    expect(x.lines.vi[0]).toContain("ngoài giờ làm việc");
    expect(x.lines.en.join("\n")).toContain("9441/TB-BNV");
    expect(x.lines.vi.join("\n")).toContain("Bộ luật Lao động 2019 Điều 112");
    expect(x.lines.vi.at(-1)).toBe("Hạn xử lý: 2026-02-24T17:00:00+07:00");
  });
  it("for calendar days only the days that moved the end are listed", () => {
    const x = explainDue(at("2026-04-20T09:00"), 10, "days", cal); // 30/4 Thu, 1/5 Fri, weekend
    expect(x.due).toBe("2026-05-04T17:00:00+07:00");
    expect(x.skipped.map((s) => s.date)).toEqual([
      "2026-04-30",
      "2026-05-01",
      "2026-05-02",
      "2026-05-03",
    ]);
    expect(x.lines.en.join("\n")).toContain("Civil Code 2015 Art. 148");
  });
  it("mentions a make-up working Saturday", () => {
    const x = explainDue(at("2025-04-25T09:00"), 1, "working-days", cal);
    expect(x.madeUp.map((e) => e.date)).toEqual(["2025-04-26"]);
    expect(x.lines.en.join("\n")).toContain("Counted as a working day 2025-04-26");
  });
});
