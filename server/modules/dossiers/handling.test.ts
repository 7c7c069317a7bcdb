import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { signIn } from "../../test-support.ts";
import { act, type DossierTestEnv, dossierTestEnv, intake, scenario } from "./test-env.ts";

const START = "2026-03-02T02:00:00Z"; // Monday 09:00 Vietnam time
const HOUR = 3600_000;
let t: DossierTestEnv;
beforeAll(async () => {
  t = await dossierTestEnv(START);
});
afterAll(() => t.close());
beforeEach(() => t.clock.set(START));

async function received() {
  const s = await scenario(t);
  const r = await intake(s.reception, s.codes.communeA, s.proc.code);
  expect(r.status).toBe(200);
  return { ...s, d: r.body.dossier as { code: string; version: number; dueAt: string } };
}

describe("handling", () => {
  it("pauses the clock for a supplement and moves the appointment by the paused working time", async () => {
    const { d, handler } = await received();
    expect(d.dueAt).toBe("2026-03-05T02:00:00.000Z"); // Thursday 09:00
    t.clock.advance(HOUR); // Monday 10:00
    const req = await act(handler, d.code, "request-supplement", {
      version: 2,
      items: ["Bản sao giấy đăng ký kết hôn"],
      reason: "Thiếu căn cứ xác định quan hệ cha, mẹ",
    });
    expect(req.status).toBe(200);
    expect(req.body.dossier).toMatchObject({
      status: 5,
      state: "supplement-requested",
      supplementRequests: 1,
    });
    expect(req.body.warning).toBeUndefined();
    t.clock.advance(24 * HOUR); // Tuesday 10:00: one working day (8 h) paused
    const h2 = await signIn(t.api as never, handler.user.username);
    const done = await act(h2, d.code, "complete-supplement", {
      version: 3,
      components: [{ name: "Bản sao giấy đăng ký kết hôn", digitized: 1 }],
    });
    expect(done.status).toBe(200);
    expect(done.body.dossier).toMatchObject({
      status: 4,
      state: "handling",
      pausedWorkingMinutes: 480,
    });
    expect(done.body.dossier.dueAt).toBe("2026-03-06T02:00:00.000Z"); // Friday 09:00
  });

  it("warns before a second supplement request and needs an explicit confirmation", async () => {
    const { d, handler, leader } = await received();
    await act(handler, d.code, "request-supplement", {
      version: 2,
      items: ["A"],
      reason: "Thiếu A",
    });
    await act(handler, d.code, "complete-supplement", { version: 3 });
    const again = await act(handler, d.code, "request-supplement", {
      version: 4,
      items: ["B"],
      reason: "Thiếu B",
    });
    expect(again.status).toBe(422);
    expect(again.body.code).toBe("dossiers.second_supplement_needs_confirmation");
    expect(again.body.detail).toMatch(/count as late/);
    expect(again.body.countsAsLate).toBe(true);
    const ok = await act(leader, d.code, "request-supplement", {
      version: 4,
      items: ["B"],
      reason: "Thiếu B",
      confirmSecondRequest: true,
      repeatReason: "Giấy tờ bổ sung lần trước cho thấy cần thêm B",
    });
    expect(ok.status).toBe(200);
    expect(ok.body.warning.en).toMatch(/late/);
    expect(ok.body.dossier.supplementRequests).toBe(2);
  });

  it("requests payment (status 6) and resumes when paid online", async () => {
    const { d, handler } = await received();
    const p = await act(handler, d.code, "request-payment", {
      version: 2,
      fees: [{ name: "Lệ phí", amount: 50000 }],
    });
    expect(p.body.dossier).toMatchObject({ status: 6, state: "payment-requested" });
    const c = await act(handler, d.code, "confirm-payment", { version: 3, paidOnline: 1 });
    expect(c.body.dossier).toMatchObject({
      status: 4,
      state: "handling",
      paidOnline: 1,
      fees: [{ name: "Lệ phí", amount: 50000 }],
    });
  });

  it("stops handling (status 8, Form 05), refuses (3) and records a withdrawal (7)", async () => {
    const a = await received();
    const s = await act(a.handler, a.d.code, "stop", {
      version: 2,
      reason: "Người nộp hồ sơ đã chết theo giấy báo tử",
    });
    expect(s.body.dossier).toMatchObject({ status: 8, state: "stopped" });
    expect(s.body.dossier.finishedAt).toBe(new Date(START).toISOString());
    expect((await a.handler.call(`/api/dossiers/${a.d.code}/forms/05`)).status).toBe(200);
    const b = await received();
    const r = await act(b.handler, b.d.code, "refuse", {
      version: 2,
      reasons: "Không đủ điều kiện theo Luật Hộ tịch",
    });
    expect(r.body.dossier).toMatchObject({ status: 3, state: "refused" });
    const c = await received();
    const w = await act(c.reception, c.d.code, "withdraw", {
      version: 2,
      reason: "Công dân có đơn xin rút",
    });
    expect(w.body.dossier).toMatchObject({ status: 7, state: "withdrawn" });
  });

  it("lets one of two officers acting on the same version win; the other gets 409 naming the current version", async () => {
    const { d, handler, as } = await received();
    const other = await as("handler");
    const [x, y] = await Promise.all([
      act(handler, d.code, "request-payment", {
        version: 2,
        fees: [{ name: "Phí", amount: 1000 }],
      }),
      act(other, d.code, "forward", { version: 2 }),
    ]);
    expect([x.status, y.status].sort()).toEqual([200, 409]);
    const lost = x.status === 409 ? x : y;
    expect(lost.body.code).toBe("dossiers.stale_version");
    expect(lost.body.currentVersion).toBe(3);
    expect(lost.body.detail).toMatch(/current version 3/);
  });

  it("explains a disallowed transition and lists the allowed actions in both languages", async () => {
    const { d, leader } = await received();
    const r = await act(leader, d.code, "approve", { version: 2 });
    expect(r.status).toBe(409);
    expect(r.body.code).toBe("dossiers.transition_not_allowed");
    expect(r.body.state).toBe("handling");
    expect(r.body.allowedActions).toContain("forward");
    expect(r.body.messages.en).toMatch(/Allowed actions: forward/);
    expect(r.body.messages.vi).toMatch(/Thao tác được phép: forward/);
  });

  it("sends the draft back from approval to the handling step", async () => {
    const { d, handler, leader } = await received();
    await act(handler, d.code, "forward", { version: 2 });
    const back = await act(leader, d.code, "send-back", { version: 3, reason: "Sai họ tên cha" });
    expect(back.body.dossier).toMatchObject({ state: "handling", currentStep: 1 });
  });
});

describe("access", () => {
  it("hides a dossier from another commune's officers and refuses actions outside the role", async () => {
    const { d, as, codes, reception } = await received();
    const stranger = await as("handler", codes.communeB);
    expect((await stranger.call(`/api/dossiers/${d.code}`)).status).toBe(404);
    expect((await act(stranger, d.code, "forward", { version: 2 })).status).toBe(404);
    const list = await stranger.call("/api/dossiers");
    expect(((await list.json()) as { items: unknown[] }).items).toEqual([]);
    const r = await act(reception, d.code, "forward", { version: 2 });
    expect(r.status).toBe(403);
    expect(r.body.code).toBe("dossiers.forbidden");
  });

  it("audits the reading of personal data and lists the work queue by due date with a cursor", async () => {
    const s = await scenario(t);
    const made: string[] = [];
    for (let i = 0; i < 3; i++) {
      made.push((await intake(s.reception, s.codes.communeA, s.proc.code)).body.dossier.code);
      t.clock.advance(10 * 60_000); // later receptions fall due later
    }
    const p1 = (await (await s.handler.call("/api/dossiers?limit=2")).json()) as {
      items: { code: string }[];
      nextCursor: string;
    };
    expect(p1.items.map((x) => x.code)).toEqual(made.slice(0, 2));
    const p2 = (await (
      await s.handler.call(`/api/dossiers?limit=2&cursor=${p1.nextCursor}`)
    ).json()) as { items: { code: string }[]; nextCursor: string | null };
    expect(p2.items.map((x) => x.code)).toEqual(made.slice(2));
    expect(p2.nextCursor).toBeNull();
    const f = (await (await s.handler.call(`/api/dossiers?status=4&q=${made[1]}`)).json()) as {
      items: { code: string }[];
    };
    expect(f.items.map((x) => x.code)).toEqual([made[1]]);
    await s.handler.call(`/api/dossiers/${made[0]}`);
    const audit = await t.db.query(
      "SELECT 1 FROM audit_log WHERE action = 'personal_data.read' AND subject_id = $1",
      [made[0]],
    );
    expect(audit.rows.length).toBe(1);
    const late = async (v: string) =>
      ((await (await s.handler.call(`/api/dossiers?late=${v}`)).json()) as { items: unknown[] })
        .items.length;
    expect([await late("true"), await late("false")]).toEqual([0, 3]);
    t.clock.set("2026-03-05T03:00:00Z"); // Thursday 10:00: all three are past their appointment
    const h = await signIn(t.api as never, s.handler.user.username);
    const overdue = (await (await h.call("/api/dossiers?late=true")).json()) as {
      items: { code: string }[];
    };
    expect(overdue.items.map((x) => x.code)).toEqual(made.slice(0, 3));
  });
});
