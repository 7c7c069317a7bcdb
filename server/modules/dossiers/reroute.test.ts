// A misrouted dossier (sent to a commune that does not handle it for this applicant) is re-routed
// by the counter to the competent agency with its reason: an audited event, the code unchanged,
// and the right agency's counter then finds it in its tray and receives it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { act, type DossierTestEnv, dossierTestEnv, intake, scenario } from "./test-env.ts";

let t: DossierTestEnv;
beforeAll(async () => {
  t = await dossierTestEnv("2026-03-02T02:00:00Z"); // Monday 09:00
});
afterAll(() => t.close());

// biome-ignore lint/suspicious/noExplicitAny: responses checked field by field.
type Any = any;

describe("re-routing a misrouted dossier", () => {
  it("sends it on to the competent agency as an audited event; the code stays", async () => {
    const s = await scenario(t);
    const res = await t.api.request("/api/dossiers/online", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        procedure: s.proc.code,
        applicant: { name: "Lê Văn Cường", communeCode: s.codes.communeA },
        components: [
          { name: "Tờ khai đăng ký khai sinh", digitized: 1 },
          { name: "Giấy chứng sinh", digitized: 1 },
        ],
      }),
    });
    const code = ((await res.json()) as { code: string }).code;
    const detail: Any = await (await s.reception.call(`/api/dossiers/${code}`)).json();
    expect(detail.allowedActions).toContain("reroute");
    // The handler is not offered it (a reception decision).
    const h: Any = await (await s.handler.call(`/api/dossiers/${code}`)).json();
    expect(h.allowedActions ?? []).not.toContain("reroute");

    // Only an agency that handles the procedure, and not the one it is with.
    const wrong = await act(s.reception, code, "reroute", {
      version: 1,
      agency: s.codes.center,
      reason: "Người nộp thường trú tại xã B",
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.code).toBe("dossiers.not_competent");
    const same = await act(s.reception, code, "reroute", {
      version: 1,
      agency: s.codes.communeA,
      reason: "Người nộp thường trú tại xã B",
    });
    expect(same.status).toBe(400);

    const r = await act(s.reception, code, "reroute", {
      version: 1,
      agency: s.codes.communeB,
      reason: "Người nộp thường trú tại xã B",
    });
    expect(r.status).toBe(200);
    expect(r.body.dossier).toMatchObject({ code, agency: s.codes.communeB, state: "submitted" });
    const ev = await t.db.query<{ type: string; data: Any; actor_name: string }>(
      `SELECT e.type, e.data, e.actor_name FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id
        WHERE d.code = $1 ORDER BY e.seq`,
      [code],
    );
    expect(ev.rows.at(-1)).toMatchObject({
      type: "rerouted",
      actor_name: s.reception.user.username,
      data: {
        from: s.codes.communeA,
        to: s.codes.communeB,
        reason: "Người nộp thường trú tại xã B",
      },
    });
    const audit = await t.db.query<{ action: string; details: Any }>(
      "SELECT action, details FROM audit_log WHERE subject_type = 'dossier' AND subject_id = $1 ORDER BY seq",
      [code],
    );
    expect(audit.rows.at(-1)).toMatchObject({
      action: "dossier.rerouted",
      details: { from: s.codes.communeA, to: s.codes.communeB },
    });

    // Commune B's counter finds it in its tray and receives it.
    const b = await s.as("reception", s.codes.communeB);
    const tray: Any = await (await b.call("/api/dossiers/tray/online")).json();
    expect(tray.items.map((x: { code: string }) => x.code)).toContain(code);
    const received = await act(b, code, "receive", { version: 2 });
    expect(received.status).toBe(200);
    expect(received.body.dossier).toMatchObject({ agency: s.codes.communeB, state: "handling" });
    // Once received, it is no longer re-routed at the counter.
    const late = await act(b, code, "reroute", {
      version: 4,
      agency: s.codes.communeA,
      reason: "Thử chuyển lại",
    });
    expect(late.status).toBe(409);
  });

  it("is refused for a dossier received at the counter", async () => {
    const s = await scenario(t);
    const r = await intake(s.reception, s.codes.communeA, s.proc.code);
    expect(r.body.dossier.allowedActions).not.toContain("reroute");
  });
});
