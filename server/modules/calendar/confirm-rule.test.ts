// A rule decided but not yet law (Culture Day 24/11) is confirmed with its legal basis and
// effective date; office hours that differ by weekday are set over the API.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeProvince, makeUser, signIn, type TestEnv, testEnv } from "../../test-support.ts";

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
});
afterAll(() => env.close());

const due = async (q: string) =>
  ((await (await env.app.request(`/api/calendar/due?${q}`)).json()) as { due: string }).due;

describe("pending statutory rules and weekday office hours", () => {
  it("Culture Day 2028 is provisional; confirming needs the basis and an effective date on or before it", async () => {
    const codes = await makeProvince(env.db);
    const kstt = await makeUser(env.db, [{ role: "control_officer", agencyCode: codes.province }]);
    const s = await signIn(env.app, kstt.username);
    // Mon 20/11/2028 09:00 + 5 working days skips Friday 24/11 (proposed day off).
    const q = "from=2028-11-20T09:00:00%2B07:00&duration=5&unit=working-days";
    expect(await due(q)).toBe("2028-11-28T09:00:00+07:00");
    const seed = await s.call("/api/calendar/days", {
      method: "POST",
      body: {
        date: "2028-03-06",
        kind: "day-off",
        nameVi: "Ngày nghỉ thử",
        nameEn: "Test day off",
        basis: "Thông báo thử",
      },
    });
    expect(seed.status).toBe(200);
    const year = (await (await env.app.request("/api/calendar/years/2028")).json()) as {
      days: { id: number; date: string; status: string }[];
    };
    const culture = year.days.find((d) => d.date === "2028-11-24");
    expect(culture?.status).toBe("provisional");
    const confirm = (body?: unknown) =>
      s.call(`/api/calendar/days/${culture?.id}/confirm`, { method: "POST", body });
    const bare = await confirm();
    expect(bare.status).toBe(400);
    expect(((await bare.json()) as { code: string }).code).toBe("calendar.basis_required");
    const early = await confirm({ basis: "Bộ luật Lao động sửa đổi", effectiveFrom: "2029-01-01" });
    expect(((await early.json()) as { errors: { field: string }[] }).errors[0].field).toBe(
      "effectiveFrom",
    );
    const ok = await confirm({
      basis: "Bộ luật Lao động 2019, Điều 112 (sửa đổi)",
      effectiveFrom: "2026-07-01",
    });
    expect(ok.status).toBe(200);
    const after = (await (await env.app.request("/api/calendar/years/2028")).json()) as {
      days: { date: string; status: string; source: { basis: string; note: string } }[];
    };
    const c = after.days.find((d) => d.date === "2028-11-24");
    expect(c?.status).toBe("confirmed");
    expect(c?.source.basis).toContain("Điều 112");
    expect(c?.source.note).toContain("2026-07-01");
    expect(await due(q)).toBe("2028-11-28T09:00:00+07:00");
  });

  it("a centre open on Saturday mornings: its Saturday hours count for its dossiers only", async () => {
    const codes = await makeProvince(env.db);
    const kstt = await makeUser(env.db, [{ role: "control_officer", agencyCode: codes.province }]);
    const s = await signIn(env.app, kstt.username);
    const put = await s.call("/api/calendar/office-hours", {
      method: "PUT",
      body: {
        agency: codes.center,
        validFrom: "2027-01-01",
        sessions: [
          { start: 420, end: 690 },
          { start: 810, end: 1020 },
        ],
        weekdays: [1, 2, 3, 4, 5, 6],
        weekdaySessions: [{ weekday: 6, sessions: [{ start: 420, end: 690 }] }],
        sameDayCutoff: 900,
      },
    });
    expect(put.status).toBe(200);
    // Friday 5/3/2027 16:00 + 3 working hours.
    const q = "from=2027-03-05T16:00:00%2B07:00&duration=3&unit=working-hours";
    expect(await due(`${q}&agency=${codes.center}`)).toBe("2027-03-06T09:00:00+07:00");
    expect(await due(q)).toBe("2027-03-08T09:00:00+07:00");
  });
});
