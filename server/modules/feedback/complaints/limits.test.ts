import { describe, expect, it } from "vitest";
import { BUILTIN_CALENDAR } from "../../calendar/index.ts";
import { publishDue, receiptDues, stepStatus } from "./limits.ts";
import { allowedActions, nextState } from "./states.ts";

const vn = (s: string) => new Date(`${s}+07:00`);

describe("complaint time limits (working days)", () => {
  it("counts 2, 5 and 15 working days from receipt across the 30 April – 1 May holidays and weekends", () => {
    // Wednesday 29 April 2026, 10:00: Thursday 30 April and Friday 1 May are public holidays.
    const d = receiptDues(vn("2026-04-29T10:00:00"), BUILTIN_CALENDAR);
    expect(d.refuse).toEqual(vn("2026-05-05T10:00:00"));
    expect(d["info-request"]).toEqual(vn("2026-05-08T10:00:00"));
    expect(d.answer).toEqual(vn("2026-05-22T10:00:00"));
  });

  it("counts 2 working days from the answer for publication, across a weekend", () => {
    expect(publishDue(vn("2026-05-07T16:00:00"), BUILTIN_CALENDAR)).toEqual(
      vn("2026-05-11T16:00:00"),
    );
  });

  it("judges steps: on time, late, pending, overdue, not applicable", () => {
    const due = vn("2026-05-05T10:00:00");
    const none = { refused: false, infoRequested: false, answered: false };
    expect(
      stepStatus({ step: "refuse", dueAt: due, doneAt: due }, due, { ...none, refused: true }),
    ).toBe("on-time");
    expect(
      stepStatus({ step: "refuse", dueAt: due, doneAt: vn("2026-05-05T10:01:00") }, due, {
        ...none,
        refused: true,
      }),
    ).toBe("late");
    expect(
      stepStatus({ step: "answer", dueAt: due, doneAt: null }, vn("2026-05-04T10:00:00"), none),
    ).toBe("pending");
    expect(
      stepStatus({ step: "answer", dueAt: due, doneAt: null }, vn("2026-05-06T10:00:00"), none),
    ).toBe("overdue");
    expect(
      stepStatus({ step: "refuse", dueAt: due, doneAt: null }, vn("2026-05-06T10:00:00"), {
        ...none,
        answered: true,
      }),
    ).toBe("not-applicable");
    expect(
      stepStatus({ step: "info-request", dueAt: due, doneAt: null }, vn("2026-05-06T10:00:00"), {
        ...none,
        answered: true,
      }),
    ).toBe("not-applicable");
  });
});

describe("complaint states", () => {
  it("follows received → classified → (refused | info-requested → info-received) → answered → published → rated", () => {
    expect(nextState("X", "received", "classify")).toBe("classified");
    expect(nextState("X", "classified", "refuse")).toBe("refused");
    expect(nextState("X", "classified", "request-info")).toBe("info-requested");
    expect(nextState("X", "info-requested", "provide-info")).toBe("info-received");
    expect(nextState("X", "info-received", "answer")).toBe("answered");
    expect(nextState("X", "answered", "publish")).toBe("published");
    expect(nextState("X", "published", "rate")).toBe("rated");
    expect(allowedActions("refused")).toEqual([]);
  });

  it("refuses a step out of order with 409 naming the state and the allowed actions", () => {
    try {
      nextState("PAKN-1", "received", "answer");
      expect.unreachable();
    } catch (e) {
      expect((e as { status: number }).status).toBe(409);
      expect((e as { messages: { vi: string } }).messages.vi).toContain("received");
      expect((e as { extra: { allowed: string[] } }).extra.allowed).toEqual(["classify"]);
    }
  });
});
