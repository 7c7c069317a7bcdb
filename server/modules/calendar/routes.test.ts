import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeProvince, makeUser, signIn, type TestEnv, testEnv } from "../../test-support.ts";

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
});
afterAll(() => env.close());

const due = async (q: string) =>
  (await (await env.app.request(`/api/calendar/due?${q}`)).json()) as {
    due: string;
    calendarVersion: number;
  };

describe("calendar administration over the API", () => {
  it("adds an extra day off that moves later deadlines, keeps the history, and audits the change", async () => {
    const codes = await makeProvince(env.db);
    const kstt = await makeUser(env.db, [{ role: "control_officer", agencyCode: codes.province }]);
    const s = await signIn(env.app, kstt.username);
    const q = "from=2027-03-01T09:00:00%2B07:00&duration=3&unit=working-days";
    const before = await due(q);
    expect(before.due).toBe("2027-03-04T09:00:00+07:00");
    const add = await s.call("/api/calendar/days", {
      method: "POST",
      body: {
        date: "2027-03-02",
        kind: "day-off",
        nameVi: "Nghỉ bù theo thông báo",
        nameEn: "Extra day off by notice",
        basis: "Thông báo của Bộ Nội vụ",
        notice: { number: "123/TB-BNV", date: "2027-01-10", title: "Thông báo nghỉ" },
      },
    });
    expect(add.status).toBe(200);
    const after = await due(q);
    expect(after.due).toBe("2027-03-05T09:00:00+07:00");
    expect(after.calendarVersion).toBeGreaterThan(before.calendarVersion);
    const year = (await (await env.app.request("/api/calendar/years/2027")).json()) as {
      held: boolean;
      days: { date: string }[];
    };
    expect(year.held).toBe(true);
    expect(year.days.some((d) => d.date === "2027-03-02")).toBe(true);
    const audit = await env.db.query(
      "SELECT action FROM audit_log WHERE action = 'calendar.day_added'",
    );
    expect(audit.rows.length).toBe(1);
  });

  it("refuses a handling officer (403) and bad input (400 naming the field)", async () => {
    const codes = await makeProvince(env.db);
    const h = await makeUser(env.db, [{ role: "handler", agencyCode: codes.communeA }]);
    const s = await signIn(env.app, h.username);
    const r = await s.call("/api/calendar/days", {
      method: "POST",
      body: { date: "2027-03-03", kind: "day-off", nameVi: "x y", nameEn: "x y", basis: "basis" },
    });
    expect(r.status).toBe(403);
    const bad = await env.app.request(
      "/api/calendar/due?from=2027-03-01T09:00:00%2B07:00&duration=-1&unit=working-days",
    );
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { field: string }[] }).errors[0].field).toBe(
      "duration",
    );
    const unit = await env.app.request(
      "/api/calendar/due?from=2027-03-01T09:00:00%2B07:00&duration=1&unit=weeks",
    );
    expect(((await unit.json()) as { errors: { field: string }[] }).errors[0].field).toBe("unit");
  });
});
