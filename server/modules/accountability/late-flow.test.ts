import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lookupInit } from "../../test-support.ts";
import { pdfText } from "../documents/forms/pdf-text.test-util.ts";
import { verifyPdf } from "../documents/index.ts";
import { sweep } from "./sweep.ts";
import { type AccTestEnv, accTestEnv, intake, json, scenario, signInAs } from "./test-env.ts";

const START = "2026-03-02T02:00:00Z"; // Monday 09:00; the dossier is due Thursday 09:00
let t: AccTestEnv;
beforeAll(async () => {
  t = await accTestEnv(START);
});
afterAll(() => t.close());

describe("a late dossier", () => {
  it("flows warning → explanation → signed Form 04 → new date once; a second extension is refused", async () => {
    t.clock.set(START);
    const s = await scenario(t);
    const d = await intake(s.reception, s.codes.communeA, s.proc.code);
    t.clock.set("2026-03-05T03:00:00Z"); // Thursday 10:00: late
    await t.db.transaction((tx) => sweep(tx, t.clock.now()));
    const late = await t.db.query<{ role: string }>(
      "SELECT role FROM notifications WHERE dossier_code = $1 AND kind = 'late' AND threshold = 'late'",
      [d.code],
    );
    expect(late.rows.length).toBeGreaterThanOrEqual(2);

    const handler = await signInAs(t, s.handler.user.username);
    const head = await signInAs(t, s.head.user.username);
    const early = await json(
      await head.call(`/api/dossiers/${d.code}/late/approve?lang=en`, {
        method: "POST",
        body: { version: 1 },
      }),
    );
    expect(early.status).toBe(409);
    expect(early.body.code).toBe("accountability.no_explanation");

    const forbidden = await head.call(`/api/dossiers/${d.code}/late/explanation`, {
      method: "POST",
      body: {
        reason: "Chờ kết quả xác minh của cơ quan khác",
        proposedDueAt: "2026-03-10T17:00:00+07:00",
      },
    });
    expect(forbidden.status).toBe(403);
    const x = await json(
      await handler.call(`/api/dossiers/${d.code}/late/explanation`, {
        method: "POST",
        body: {
          reason: "Chờ kết quả xác minh của cơ quan khác",
          proposedDueAt: "2026-03-10T17:00:00+07:00",
        },
      }),
    );
    expect(x.status).toBe(200);
    expect(x.body).toMatchObject({
      status: "drafted",
      version: 1,
      responsibleStepName: "Thẩm định",
      originalDueAt: "2026-03-05T02:00:00.000Z",
    });
    // The head is told an explanation awaits approval.
    const inbox = await json(await head.call("/api/notifications"));
    expect(
      (inbox.body.notifications as { kind: string; dossierCode: string }[]).filter(
        (n) => n.kind === "explanation" && n.dossierCode === d.code,
      ),
    ).toHaveLength(1);
    // A list page reads the explanations of all its rows in one call, scoped like the single read.
    const many = await json(await head.call(`/api/late/explanations?codes=${d.code},KHONG.CO.MA`));
    expect(many.status).toBe(200);
    expect(many.body.items).toEqual([
      expect.objectContaining({
        code: d.code,
        explanation: expect.objectContaining({ status: "drafted", version: 1 }),
      }),
    ]);
    const stranger = await signInAs(t, (await s.as("handler", s.codes.communeB)).user.username);
    const none = await json(await stranger.call(`/api/late/explanations?codes=${d.code}`));
    expect(none.status).toBe(200);
    expect(none.body.items).toEqual([]);
    const bad = await json(await head.call("/api/late/explanations?codes=a%20b&lang=en"));
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain("codes");
    const draft = await handler.call(`/api/dossiers/${d.code}/late/form04.pdf`);
    expect(draft.status).toBe(200);
    const draftBytes = new Uint8Array(await draft.arrayBuffer());
    await expect(verifyPdf(draftBytes)).rejects.toThrow(/no digital signature/);
    // The competent head of a commune's People's Committee signs as its chair (Decree 30/2020).
    expect(pdfText(draftBytes)).toContain("CHỦ TỊCH");
    expect(pdfText(draftBytes)).not.toContain("THỦ TRƯỞNG CƠ QUAN");

    const signed = await json(
      await head.call(`/api/dossiers/${d.code}/late/approve`, {
        method: "POST",
        body: { version: 1 },
      }),
    );
    expect(signed.status).toBe(200);
    expect(signed.body).toMatchObject({
      status: "signed",
      newDueAt: "2026-03-10T10:00:00.000Z",
      signedBy: "Lê Thị Thủ Trưởng",
    });
    const pdf = await head.call(`/api/dossiers/${d.code}/late/form04.pdf`);
    const signedBytes = new Uint8Array(await pdf.arrayBuffer());
    expect(pdfText(signedBytes)).toContain("CHỦ TỊCH");
    const v = await verifyPdf(signedBytes);
    expect(v.valid).toBe(true);
    expect(v.coversWholeDocument).toBe(true);
    expect(v.signer.organisation).toBe("UBND xã Tân Phước");
    expect(v.certificate?.selfSigned).toBe(true);

    // The dossier records the new date as its event, with its audit record; dueAt is kept.
    const events = await t.db.query<{ type: string; data: Record<string, unknown> }>(
      "SELECT e.type, e.data FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id WHERE d.code = $1 ORDER BY e.seq",
      [d.code],
    );
    expect(events.rows.at(-1)).toEqual({
      type: "appointment-extended",
      data: {
        originalDueAt: "2026-03-05T02:00:00.000Z",
        newDueAt: "2026-03-10T10:00:00.000Z",
        reason: "Chờ kết quả xác minh của cơ quan khác",
        form: "04",
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
    });
    const view = await json(await head.call(`/api/dossiers/${d.code}`));
    expect(view.body).toMatchObject({
      dueAt: "2026-03-05T02:00:00.000Z",
      extendedDueAt: "2026-03-10T10:00:00.000Z",
    });
    const dossierAudit = await t.db.query<{ action: string }>(
      "SELECT action FROM audit_log WHERE subject_id = $1 AND action = 'dossier.extended'",
      [d.code],
    );
    expect(dossierAudit.rows).toHaveLength(1);

    // The new date is recorded once; the index keeps the original appointment.
    const again = await json(
      await head.call(`/api/dossiers/${d.code}/late/approve?lang=en`, {
        method: "POST",
        body: { version: 2 },
      }),
    );
    expect(again.status).toBe(409);
    expect(again.body.code).toBe("accountability.already_extended");
    expect(again.body.messages.vi).toContain("chỉ được gia hạn một lần");
    expect(again.body.messages.en).toContain("second extension is refused");
    const redraft = await handler.call(`/api/dossiers/${d.code}/late/explanation`, {
      method: "POST",
      body: { reason: "Xin gia hạn thêm lần nữa", proposedDueAt: "2026-03-20T17:00:00+07:00" },
    });
    expect(redraft.status).toBe(409);
    const facts = await t.db.query<{ due_at: Date }>(
      "SELECT due_at FROM acc_dossiers WHERE code = $1",
      [d.code],
    );
    expect(new Date(facts.rows[0].due_at).toISOString()).toBe("2026-03-05T02:00:00.000Z");
    const ext = await t.db.query<{ target: string }>(
      "SELECT DISTINCT target FROM late_warnings WHERE dossier_code = $1 AND sent_at IS NULL",
      [d.code],
    );
    expect(ext.rows.map((r) => r.target)).toContain("extension");
    const state = await json(await head.call(`/api/dossiers/${d.code}/late`));
    expect(state.body).toMatchObject({
      late: true,
      dueAt: "2026-03-05T02:00:00.000Z",
      explanation: { status: "signed" },
    });

    // The applicant is told on their channel and downloads the letter with code and secret.
    const told = await t.db.query<{ channel: number }>(
      "SELECT channel FROM notifications WHERE dossier_code = $1 AND audience = 'applicant'",
      [d.code],
    );
    expect(told.rows).toEqual([{ channel: 1 }]);
    const look = await json(
      await t.api.request(`/api/public/dossiers/${d.code}`, lookupInit(d.secret.toLowerCase())),
    );
    expect(look.body).toMatchObject({
      appointmentAt: "2026-03-05T02:00:00.000Z",
      newAppointmentAt: "2026-03-10T10:00:00.000Z",
    });
    const letter = await t.api.request(look.body.apology.download, lookupInit(d.secret));
    expect(letter.status).toBe(200);
    expect((await verifyPdf(new Uint8Array(await letter.arrayBuffer()))).valid).toBe(true);
    const audit = await t.db.query<{ action: string }>(
      "SELECT action FROM audit_log WHERE subject_id = $1 AND action LIKE 'late.%' ORDER BY seq",
      [d.code],
    );
    expect(audit.rows.map((r) => r.action)).toEqual([
      "late.explanation_drafted",
      "late.apology_signed",
    ]);
  });

  it("refuses an explanation for a dossier handled on time", async () => {
    t.clock.set(START);
    const s = await scenario(t);
    const d = await intake(s.reception, s.codes.communeA, s.proc.code);
    const r = await json(
      await s.handler.call(`/api/dossiers/${d.code}/late/explanation?lang=en`, {
        method: "POST",
        body: { reason: "Không rõ lý do cụ thể", proposedDueAt: "2026-03-01T17:00:00+07:00" },
      }),
    );
    expect(r.status).toBe(400);
    expect(r.body.errors[0].field).toBe("proposedDueAt");
  });
});
