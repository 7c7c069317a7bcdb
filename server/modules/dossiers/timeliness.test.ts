// One verdict on timeliness: the cases the web once showed two contradicting labels for.
import { describe, expect, it } from "vitest";
import { type TimelinessInput, timeliness } from "./timeliness.ts";

const at = (s: string) => new Date(`${s}+07:00`);
const base: TimelinessInput = {
  receivedAt: at("2026-03-02T09:00:00"),
  dueAt: at("2026-03-10T17:00:00"),
  extendedDueAt: null,
  finishedAt: null,
  status: 4,
  supplementRequests: 0,
};

describe("timeliness verdict", () => {
  it("a dossier finished after its appointment is finished late, never on time", () => {
    const t = timeliness(
      { ...base, finishedAt: at("2026-03-12T10:00:00") },
      at("2026-03-20T09:00:00"),
    );
    expect(t).toMatchObject({
      verdict: "finished-late",
      late: true,
      lateReason: "past-due",
      days: 2,
    });
  });

  it("a second supplement request makes it late even when finished before the appointment", () => {
    const t = timeliness(
      { ...base, supplementRequests: 2, finishedAt: at("2026-03-09T10:00:00") },
      at("2026-03-20T09:00:00"),
    );
    expect(t).toMatchObject({
      verdict: "finished-late",
      late: true,
      lateReason: "second-supplement",
    });
  });

  it("near the appointment is due soon, not late", () => {
    const t = timeliness(base, at("2026-03-09T09:00:00"));
    expect(t).toMatchObject({ verdict: "due-soon", late: false, days: 2 });
    expect(timeliness(base, at("2026-03-10T08:00:00")).verdict).toBe("due-today");
    expect(timeliness(base, at("2026-03-03T08:00:00")).verdict).toBe("in-time");
  });

  it("after the signed apology it reads late-with-apology until the new appointment passes", () => {
    const apologised = { ...base, extendedDueAt: at("2026-03-20T17:00:00") };
    expect(timeliness(apologised, at("2026-03-12T09:00:00"))).toMatchObject({
      verdict: "late-apologised",
      late: true,
      apologised: true,
    });
    expect(timeliness(apologised, at("2026-03-23T09:00:00")).verdict).toBe("late");
    expect(
      timeliness(
        { ...apologised, finishedAt: at("2026-03-18T09:00:00") },
        at("2026-03-23T09:00:00"),
      ).verdict,
    ).toBe("finished-late-apologised");
  });

  it("waiting for the applicant's supplement is paused, not overdue; not received has no verdict", () => {
    expect(
      timeliness({ ...base, status: 5, supplementRequests: 1 }, at("2026-03-12T09:00:00")).verdict,
    ).toBe("paused");
    expect(timeliness({ ...base, receivedAt: null }, at("2026-03-12T09:00:00")).verdict).toBe(
      "none",
    );
  });
});
