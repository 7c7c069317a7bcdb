import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lookupInit } from "../../test-support.ts";
import { type AccTestEnv, accTestEnv, intake, json, scenario } from "./test-env.ts";

const START = "2026-03-02T02:00:00Z";
let t: AccTestEnv;
beforeAll(async () => {
  t = await accTestEnv(START, { lookupPerMinute: 5 });
});
afterAll(() => t.close());

const from = (ip: string, path: string, secret: string) =>
  t.api.request(path, lookupInit(secret, { "x-forwarded-for": ip }));

describe("the public look-up", () => {
  it("shows the holder of code and secret only what they need; a wrong secret is an unknown code", async () => {
    t.clock.set(START);
    const s = await scenario(t);
    const d = await intake(s.reception, s.codes.communeA, s.proc.code);
    const ok = await json(await from("10.0.0.1", `/api/public/dossiers/${d.code}`, d.secret));
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({
      code: d.code,
      procedure: { code: s.proc.code, name: "Đăng ký khai sinh" },
      receivingUnit: { code: s.codes.communeA, name: "UBND xã Tân Phước" },
      agency: { code: s.codes.communeA, name: "UBND xã Tân Phước" },
      steps: [
        {
          at: "2026-03-02T02:00:00.000Z",
          name: expect.objectContaining({ vi: "Bạn đã nộp hồ sơ" }),
        },
        {
          at: "2026-03-02T02:00:00.000Z",
          name: expect.objectContaining({
            vi: "Bộ phận Một cửa đã tiếp nhận hồ sơ và hẹn ngày trả kết quả",
          }),
        },
      ],
      submittedAt: "2026-03-02T02:00:00.000Z",
      receivedAt: "2026-03-02T02:00:00.000Z",
      appointmentAt: "2026-03-05T02:00:00.000Z",
      newAppointmentAt: null,
      status: 4,
      statusName: { vi: "Đang giải quyết", en: "In progress" },
      resultReady: false,
      resultReturned: false,
      finishedAt: null,
      apology: null,
    });
    expect(JSON.stringify(ok.body)).not.toContain("Trần Thị Bình");
    const wrong = await json(await from("10.0.0.1", `/api/public/dossiers/${d.code}`, "ZZZZZZZZ"));
    const unknown = await json(
      await from("10.0.0.1", `/api/public/dossiers/${s.codes.communeA}-260302-9999`, d.secret),
    );
    expect(wrong.status).toBe(404);
    expect(unknown.status).toBe(404);
    const strip = (b: { instance?: string; detail: string; code: string; messages: unknown }) => ({
      code: b.code,
      detail: b.detail,
      messages: b.messages,
    });
    expect(strip(wrong.body)).toEqual(strip(unknown.body));
    expect(wrong.body.code).toBe("accountability.lookup_not_found");
    const noLetter = await from(
      "10.0.0.1",
      `/api/public/dossiers/${d.code}/apology.pdf`,
      "ZZZZZZZZ",
    );
    expect(noLetter.status).toBe(404);
  });

  it("limits look-ups per client address, wrong secrets included", async () => {
    t.clock.set(START);
    const s = await scenario(t);
    const d = await intake(s.reception, s.codes.communeA, s.proc.code);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await from("10.0.0.2", `/api/public/dossiers/${d.code}`, `WRONG${i}`)).status);
    expect(statuses).toEqual([404, 404, 404, 404, 404, 429]);
    expect((await from("10.0.0.2", `/api/public/dossiers/${d.code}`, d.secret)).status).toBe(429);
    expect((await from("10.0.0.3", `/api/public/dossiers/${d.code}`, d.secret)).status).toBe(200);
    t.clock.advance(61_000);
    expect((await from("10.0.0.2", `/api/public/dossiers/${d.code}`, d.secret)).status).toBe(200);
  });

  it("publishes an agency's figures for dossiers finished in the period", async () => {
    t.clock.set(START);
    const s = await scenario(t);
    const d = await intake(s.reception, s.codes.communeA, s.proc.code);
    t.clock.set("2026-03-02T03:00:00Z");
    for (const [action, who, version] of [
      ["forward", s.handler, 2],
      ["approve", s.leader, 3],
      ["issue-result", s.handler, 4],
    ] as const) {
      const body =
        action === "issue-result"
          ? { version, resultCode: "KS-2", file: "a".repeat(64) }
          : { version };
      expect(
        (await who.call(`/api/dossiers/${d.code}/actions/${action}`, { method: "POST", body }))
          .status,
      ).toBe(200);
    }
    // The citizen follows the steps in plain words, with no official's name or note.
    const look = await json(await from("10.0.0.4", `/api/public/dossiers/${d.code}`, d.secret));
    expect(look.body.agency).toEqual({ code: s.codes.communeA, name: "UBND xã Tân Phước" });
    expect(look.body.steps.map((x: { name: { vi: string } }) => x.name.vi)).toEqual([
      "Bạn đã nộp hồ sơ",
      "Bộ phận Một cửa đã tiếp nhận hồ sơ và hẹn ngày trả kết quả",
      "Cán bộ chuyên môn đã xem xét, xử lý hồ sơ",
      "Lãnh đạo cơ quan đã xem xét, phê duyệt",
      "Đã có kết quả giải quyết",
    ]);
    expect(look.body.steps.at(-1).at).toBe("2026-03-02T03:00:00.000Z");
    expect(look.body.resultReady).toBe(true);
    for (const who of [s.handler, s.leader])
      expect(JSON.stringify(look.body.steps)).not.toContain(who.user.fullName);
    const f = await json(
      await t.api.request(
        `/api/public/agencies/${s.codes.province}/figures?from=2026-03-01&to=2026-03-31`,
      ),
    );
    expect(f.status).toBe(200);
    expect(f.body).toMatchObject({
      agency: { code: s.codes.province },
      finished: 1,
      onTime: 1,
      late: 0,
      lateWithApology: 0,
      onTimeRate: 100,
      evaluation: null,
    });
    expect(
      (await t.api.request("/api/public/agencies/NOPE/figures?from=2026-03-01&to=2026-03-31"))
        .status,
    ).toBe(404);
  });
});
