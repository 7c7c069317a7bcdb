import { describe, expect, it } from "vitest";
import { obligationsMet, taskStatus } from "./status.ts";

const oneOff = { startsOn: "2026-01-05", deadline: "2026-03-31", cycle: null };
const quarterly = { startsOn: "2026-01-05", deadline: null, cycle: "quarter" as const };

describe("task status per unit (done / on track / late / not reported)", () => {
  it("a one-off task: not reported, on track, done on time, late, done late", () => {
    expect(taskStatus(oneOff, [], "2026-02-01").status).toBe("not_reported");
    const progress = [{ status: "in_progress" as const, reportedOn: "2026-02-01" }];
    expect(taskStatus(oneOff, progress, "2026-02-10").status).toBe("on_track");
    expect(taskStatus(oneOff, progress, "2026-04-01")).toMatchObject({
      status: "late",
      dueOn: "2026-03-31",
    });
    const doneOnTime = [...progress, { status: "done" as const, reportedOn: "2026-03-31" }];
    expect(taskStatus(oneOff, doneOnTime, "2026-05-01")).toMatchObject({
      status: "done",
      onTime: true,
    });
    const doneLate = [{ status: "done" as const, reportedOn: "2026-04-02" }];
    expect(taskStatus(oneOff, doneLate, "2026-05-01")).toMatchObject({
      status: "done",
      onTime: false,
    });
  });

  it("a quarterly task is late when the last closed quarter has no report", () => {
    expect(taskStatus(quarterly, [], "2026-03-15").status).toBe("not_reported");
    expect(taskStatus(quarterly, [], "2026-04-01")).toMatchObject({
      status: "late",
      dueOn: "2026-03-31",
    });
    const q1 = [{ status: "in_progress" as const, reportedOn: "2026-03-20" }];
    expect(taskStatus(quarterly, q1, "2026-04-15")).toMatchObject({
      status: "on_track",
      dueOn: "2026-06-30",
    });
    expect(taskStatus(quarterly, q1, "2026-07-01").status).toBe("late");
    // A "done" report does not end a recurring duty without a deadline.
    const done = [{ status: "done" as const, reportedOn: "2026-03-20" }];
    expect(taskStatus(quarterly, done, "2026-07-02").status).toBe("late");
  });

  it("counts obligations met on time over a year", () => {
    const reports = [
      { status: "in_progress" as const, reportedOn: "2026-03-20" },
      { status: "in_progress" as const, reportedOn: "2026-09-10" },
    ];
    expect(obligationsMet(quarterly, reports, { from: "2026-01-01", to: "2026-12-31" })).toEqual({
      due: 4,
      met: 2,
    });
    expect(
      obligationsMet(oneOff, [{ status: "done", reportedOn: "2026-03-01" }], {
        from: "2026-01-01",
        to: "2026-12-31",
      }),
    ).toEqual({ due: 1, met: 1 });
  });
});
