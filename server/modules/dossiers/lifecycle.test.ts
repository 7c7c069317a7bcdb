import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { lookupInit } from "../../test-support.ts";
import { act, type DossierTestEnv, dossierTestEnv, FILE, intake, scenario } from "./test-env.ts";

const START = "2026-03-02T02:00:00Z"; // Monday 09:00 Vietnam time
let t: DossierTestEnv;
beforeAll(async () => {
  t = await dossierTestEnv(START);
});
afterAll(() => t.close());
beforeEach(() => t.clock.set(START));

async function eventsOf(code: string) {
  const r = await t.db.query<{ type: string }>(
    "SELECT e.type FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id WHERE d.code = $1 ORDER BY e.seq",
    [code],
  );
  return r.rows.map((x) => x.type);
}
async function auditOf(code: string) {
  const r = await t.db.query<{ action: string }>(
    "SELECT action FROM audit_log WHERE subject_type = 'dossier' AND subject_id = $1 ORDER BY seq",
    [code],
  );
  return r.rows.map((x) => x.action);
}

describe("the dossier's life through the API", () => {
  it("receives at the counter, hands over, approves, issues and returns the result", async () => {
    const { codes, proc, reception, handler, leader } = await scenario(t);
    const r = await intake(reception, codes.center, proc.code, { agency: codes.communeA });
    expect(r.status).toBe(200);
    const d = r.body.dossier;
    expect(d.code).toMatch(new RegExp(`^${codes.center.replace(/\./g, "\\.")}-260302-\\d{4}$`));
    expect(d).toMatchObject({
      status: 4,
      state: "handling",
      agency: codes.communeA,
      currentStep: 1,
      version: 2,
    });
    // 3 working days from Monday 09:00 is Thursday 09:00 (calendar.md).
    expect(d.dueAt).toBe("2026-03-05T02:00:00.000Z");
    expect(r.body.secret).toMatch(/^[0-9A-Z]{8}$/);
    // What the counter needs at once; the receipt is rendered on demand, after the commit.
    expect(r.body.appointmentAt).toBe("2026-03-05T02:00:00.000Z");
    expect(r.body.receiptUrl).toBe(`/api/dossiers/${d.code}/receipt`);

    t.clock.advance(3600_000);
    const f = await act(handler, d.code, "forward", { version: 2, note: "Đủ điều kiện" });
    expect(f.status).toBe(200);
    expect(f.body.dossier).toMatchObject({ state: "approval", status: 4, currentStep: 2 });
    const a = await act(leader, d.code, "approve", { version: 3 });
    expect(a.body.dossier.state).toBe("approved");
    const i = await act(handler, d.code, "issue-result", {
      version: 4,
      resultCode: "KS-2026-0001",
      file: FILE,
    });
    expect(i.body.dossier).toMatchObject({
      status: 9,
      state: "handled",
      result: { code: "KS-2026-0001", file: FILE },
    });
    const ret = await act(reception, d.code, "return-result", { version: 5, method: "counter" });
    expect(ret.status).toBe(200);
    expect(ret.body.dossier).toMatchObject({ status: 10, state: "returned", allowedActions: [] });

    expect(await eventsOf(d.code)).toEqual([
      "submitted",
      "received",
      "step-started",
      "step-done",
      "approved",
      "handled",
      "result-returned",
    ]);
    expect(await auditOf(d.code)).toEqual([
      "dossier.submitted",
      "dossier.received",
      "dossier.forwarded",
      "dossier.approved",
      "dossier.handled",
      "dossier.result_returned",
    ]);

    const detail = await reception.call(`/api/dossiers/${d.code}`);
    // biome-ignore lint/suspicious/noExplicitAny: response checked field by field.
    const body = (await detail.json()) as any;
    expect(body.applicant.name).toBe("Trần Thị Bình");
    expect(body.steps.map((s: { name: string; result: string }) => [s.name, s.result])).toEqual([
      ["Tiếp nhận", "on-time"],
      ["Thẩm định", "early"],
      ["Phê duyệt", "on-time"],
      ["Trả kết quả", "on-time"],
    ]);
    expect((await auditOf(d.code)).at(-1)).toBe("personal_data.read");
    const form = await reception.call(`/api/dossiers/${d.code}/forms/01`);
    expect(form.status).toBe(200);
    expect(form.headers.get("content-type")).toBe("application/pdf");
    // The receipt holds personal data: no HTTP cache keeps it, and its read is audited.
    expect(form.headers.get("cache-control")).toBe("no-store");
    const receipt = await reception.call(`/api/dossiers/${d.code}/receipt`);
    const text = await receipt.text();
    // Issued at the moment of reception, with the appointment, whenever it is printed.
    expect(text).toContain('"issuedAt":"2026-03-02T02:00:00.000Z"');
    expect(text).toContain('"appointmentAt":"2026-03-05T02:00:00.000Z"');
    expect(text).toContain("Trần Thị Bình");
    // The applicant's copy prints the look-up secret; its QR opens the look-up page of this
    // dossier, by its code only.
    expect(text).toContain(`"lookupSecret":"${r.body.secret}"`);
    const qr = /"qrText":"([^"]*)"/.exec(text)?.[1];
    expect(qr).toBe(`https://dichvucong.example.vn/tra-cuu?ma=${encodeURIComponent(d.code)}`);
    expect(qr).not.toContain(r.body.secret);
    expect(await form.text()).toBe(text);
    expect((await auditOf(d.code)).slice(-2)).toEqual(["personal_data.read", "personal_data.read"]);
  });

  it("takes an online submission as status 1, then a reception officer receives it", async () => {
    const { codes, proc, reception, as } = await scenario(t);
    const res = await t.api.request("/api/dossiers/online", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        procedure: proc.code,
        applicant: { name: "Lê Văn Cường", communeCode: codes.communeB },
        components: [{ name: "Tờ khai đăng ký khai sinh" }, { name: "Giấy chứng sinh" }],
      }),
    });
    expect(res.status).toBe(200);
    const sub = (await res.json()) as {
      code: string;
      secret: string;
      status: number;
      submittedAt: string;
      expectedDueAt: string | null;
    };
    expect(sub.status).toBe(1);
    // What the confirmation page keeps: the expected appointment if received at submission
    // (3 working days from Monday 09:00 is Thursday 09:00), fixed by the agency at reception.
    expect(sub.submittedAt).toBe(new Date(START).toISOString());
    expect(sub.expectedDueAt).toBe("2026-03-05T02:00:00.000Z");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(sub.code.startsWith(`${codes.communeB}-260302-`)).toBe(true);
    // The public look-up is answered by the full app (the accountability module's route).
    const look = await t.app.request(`/api/public/dossiers/${sub.code}`, lookupInit(sub.secret));
    expect(look.status).toBe(200);
    expect(await look.json()).toMatchObject({
      code: sub.code,
      status: 1,
      receivedAt: null,
      appointmentAt: null,
      newAppointmentAt: null,
      receivingUnit: { code: codes.communeB },
    });
    const wrong = await t.app.request(`/api/public/dossiers/${sub.code}`, lookupInit("WRONGSEC"));
    expect(wrong.status).toBe(404);
    expect(((await wrong.json()) as { code: string }).code).toBe("accountability.lookup_not_found");
    // Only a counter of the dossier's agency or receiving unit decides on it: commune A's may not.
    const other = await act(reception, sub.code, "receive", { version: 1 });
    expect(other.status).toBe(404);
    const own = await as("reception", codes.communeB);
    const r = await act(own, sub.code, "receive", { version: 1 });
    expect(r.status).toBe(200);
    expect(r.body.dossier).toMatchObject({ status: 4, channel: 2, agency: codes.communeB });
  });

  it("asks to complete with one complete list, refuses a second list, then receives the completed dossier", async () => {
    const { codes, proc, reception } = await scenario(t);
    const res = await reception.call("/api/dossiers?lang=en", {
      method: "POST",
      body: {
        procedure: proc.code,
        receivingUnit: codes.communeA,
        channel: 1,
        applicant: { name: "Phạm Thu" },
        components: [{ name: "Tờ khai đăng ký khai sinh", digitized: 1 }],
      },
    });
    // biome-ignore lint/suspicious/noExplicitAny: response checked field by field.
    const created = (await res.json()) as any;
    expect(created.dossier, JSON.stringify(created)).toBeDefined();
    const d = created.dossier;
    const early = await act(reception, d.code, "receive", { version: 1 });
    expect(early.status).toBe(422);
    expect(early.body.code).toBe("dossiers.incomplete");
    expect(early.body.missing).toEqual(["Giấy chứng sinh"]);
    const ask = await act(reception, d.code, "request-completion", {
      version: 1,
      items: ["Bản sao CCCD của cha hoặc mẹ"],
    });
    expect(ask.status).toBe(200);
    expect(ask.body.dossier).toMatchObject({ status: 1, state: "completion-requested" });
    const ev = await t.db.query<{ data: { items: string[] } }>(
      "SELECT data FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id WHERE d.code = $1 AND type = 'completion-requested'",
      [d.code],
    );
    expect(ev.rows[0].data.items).toEqual(["Giấy chứng sinh", "Bản sao CCCD của cha hoặc mẹ"]);
    expect((await reception.call(`/api/dossiers/${d.code}/forms/02`)).status).toBe(200);
    const r = await act(reception, d.code, "receive", {
      version: 2,
      components: [
        { name: "Tờ khai đăng ký khai sinh", digitized: 1 },
        { name: "Giấy chứng sinh", digitized: 1, files: [FILE] },
      ],
    });
    expect(r.status).toBe(200);
    expect(r.body.dossier.status).toBe(4);
  });

  it("refuses at reception with reasons (status 3, Form 03)", async () => {
    const { codes, proc, reception } = await scenario(t);
    const r = await intake(reception, codes.communeA, proc.code, {
      decision: { action: "refuse-intake", reasons: "Không thuộc thẩm quyền của UBND xã" },
    });
    expect(r.status).toBe(200);
    expect(r.body.dossier).toMatchObject({ status: 3, state: "refused", receivedAt: null });
    expect((await reception.call(`/api/dossiers/${r.body.dossier.code}/forms/03`)).status).toBe(
      200,
    );
    expect(await eventsOf(r.body.dossier.code)).toEqual(["submitted", "refused", "form-issued"]);
  });

  it("gives concurrent intakes of one unit distinct, sequential codes", async () => {
    const { codes, proc, reception } = await scenario(t);
    const all = await Promise.all(
      Array.from({ length: 8 }, () => intake(reception, codes.communeA, proc.code)),
    );
    const seqs = all.map((r) => Number(r.body.dossier.code.slice(-4))).sort((a, b) => a - b);
    expect(seqs).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
