import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { complaintKit, type Problem, RECEIVED, type View } from "./complaint-test-kit.ts";
import { type FeedbackTestEnv, feedbackTestEnv } from "./test-env.ts";

let env: FeedbackTestEnv;
let kit: ReturnType<typeof complaintKit>;
beforeAll(async () => {
  env = await feedbackTestEnv(RECEIVED, {
    feedback: { submitLimit: { count: 3, windowMs: 600_000 } },
  });
  kit = complaintKit(env);
});
afterAll(() => env.close());

describe("complaints and petitions (PAKN): intake and handling", () => {
  it("refuses a complaint with no text or no way to reach the complainant, naming the field", async () => {
    const none = await kit.submit({ complainant: { name: "Phạm Thị Dung", phone: "0912345678" } });
    expect(none.status).toBe(400);
    expect(((await none.json()) as Problem).errors?.map((e) => e.field)).toEqual(["content"]);
    const blank = await kit.submit(kit.complaint({ content: "   " }));
    expect(((await blank.json()) as Problem).errors?.[0].field).toBe("content");
    const anonymous = await kit.submit(kit.complaint({ complainant: { name: "Phạm Thị Dung" } }));
    expect(anonymous.status).toBe(400);
    expect(((await anonymous.json()) as Problem).errors?.[0].field).toBe("complainant.phone");
    expect((await kit.submit(kit.complaint({ dossierCode: "KHONG-CO-260429-0001" }))).status).toBe(
      400,
    );
  });

  it("routes a complaint about a dossier to its agency, with due moments in working days across the holidays", async () => {
    env.clock.set(RECEIVED);
    const { codes, dossier } = await kit.setting();
    const r = await kit.submit(kit.complaint({ dossierCode: dossier.code }));
    expect(r.status).toBe(200);
    const v = (await r.json()) as View;
    expect(v.code).toMatch(/^PAKN-260429-[0-9A-Z]{6}$/);
    expect(v.secret).toMatch(/^[0-9A-Z]{10}$/);
    expect(v).toMatchObject({ state: "received", agencyCode: codes.communeA });
    // 30/4 and 1/5 are holidays, 2–3/5 a weekend.
    expect(kit.step(v, "refuse").dueAt).toBe("2026-05-05T03:00:00.000Z");
    expect(kit.step(v, "info-request").dueAt).toBe("2026-05-08T03:00:00.000Z");
    expect(kit.step(v, "answer").dueAt).toBe("2026-05-22T03:00:00.000Z");
    const look = await kit.pub(`/api/complaints/${v.code}/lookup`, { secret: v.secret });
    expect(((await look.json()) as View).state).toBe("received");
    expect(
      (await kit.pub(`/api/complaints/${v.code}/lookup`, { secret: "SAIMABIMAT" })).status,
    ).toBe(403);
  });

  it("runs the whole life: classify, request and receive information, answer, publish, rate; flags each step", async () => {
    env.clock.set(RECEIVED);
    const { a, dossier } = await kit.setting();
    const v = (await (
      await kit.submit(kit.complaint({ dossierCode: dossier.code }))
    ).json()) as View;
    const act = async (action: string, body: unknown) =>
      (await a()).call(`/api/complaints/${v.code}/${action}`, { method: "POST", body });
    expect((await act("answer", { answer: "x" })).status).toBe(409); // not classified yet
    const early = await env.api.request(`/api/complaints/${v.code}/reaction`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ reaction: "like" }),
    });
    expect(early.status).toBe(409); // nothing published to react to
    expect((await act("classify", { class: "behaviour" })).status).toBe(200);
    env.clock.set("2026-05-08T04:00:00Z"); // Friday 11:00: one hour after the 5-working-day limit
    expect(
      (await act("request-info", { text: "Xin cho biết tên cán bộ và ngày làm việc." })).status,
    ).toBe(200);
    expect(
      (
        await kit.pub(`/api/complaints/${v.code}/info`, {
          secret: v.secret,
          text: "Ngày 28/4, quầy số 3.",
        })
      ).status,
    ).toBe(200);
    env.clock.set("2026-05-14T09:00:00Z"); // Thursday 16:00, within 15 working days
    const answered = (await (
      await act("answer", { answer: "Đã chấn chỉnh cán bộ; giấy tờ đó không phải nộp." })
    ).json()) as View;
    expect(kit.step(answered, "info-request")).toMatchObject({ onTime: false, status: "late" });
    expect(kit.step(answered, "answer")).toMatchObject({ onTime: true, status: "on-time" });
    expect(kit.step(answered, "refuse").status).toBe("not-applicable");
    // Publication: 2 working days from Thursday 16:00 → Monday 16:00, across the weekend.
    expect(kit.step(answered, "publish")).toMatchObject({
      dueAt: "2026-05-18T09:00:00.000Z",
      status: "pending",
    });
    env.clock.set("2026-05-18T09:30:00Z");
    const published = (await (
      await act("publish", { publicQuestion: "Cán bộ yêu cầu thêm giấy tờ ngoài thủ tục." })
    ).json()) as View;
    expect(kit.step(published, "publish")).toMatchObject({ onTime: false, status: "late" });
    const list = (await (
      await env.api.request(`/api/complaint-answers?agency=${v.agencyCode}`)
    ).json()) as { answers: { code: string; question: string }[] };
    expect(list.answers).toEqual([
      expect.objectContaining({
        code: v.code,
        question: "Cán bộ yêu cầu thêm giấy tờ ngoài thủ tục.",
      }),
    ]);
    expect(JSON.stringify(list)).not.toContain("0912345678");
    const rated = await kit.pub(`/api/complaints/${v.code}/rating`, {
      secret: v.secret,
      reaction: "like",
    });
    expect(await rated.json()).toMatchObject({ state: "rated", likes: 1, dislikes: 0 });
    const changed = await kit.pub(`/api/complaints/${v.code}/rating`, {
      secret: v.secret,
      reaction: "dislike",
    });
    expect(await changed.json()).toMatchObject({ likes: 0, dislikes: 1 });
    // Anyone may like or dislike a published answer, once a day per client.
    const react = () =>
      env.api.request(`/api/complaints/${v.code}/reaction`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": "10.7.7.7" },
        body: JSON.stringify({ reaction: "like" }),
      });
    expect(await (await react()).json()).toEqual({ likes: 1, dislikes: 1 });
    expect((await react()).status).toBe(429);
    const audit = await env.db.query<{ action: string }>(
      "SELECT action FROM audit_log WHERE subject_id = $1 ORDER BY seq",
      [v.code],
    );
    expect(audit.rows.map((a) => a.action)).toEqual([
      "complaint.received",
      "complaint.classify",
      "complaint.request-info",
      "complaint.provide-info",
      "complaint.answer",
      "complaint.publish",
      "complaint.rate",
      "complaint.rate",
    ]);
  });

  it("limits submissions per client", async () => {
    env.clock.set(RECEIVED);
    const statuses = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await kit.submit(kit.complaint(), "10.9.9.9")).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    env.clock.advance(600_000);
    expect((await kit.submit(kit.complaint(), "10.9.9.9")).status).toBe(200);
  });
});
