// Re-routing after reception: the agency a received dossier was routed to finds it is not within
// its competence; only its leader sends it back (with the reason) to the receiving unit, and only
// that unit routes it to the competent agency. Each step is an event with an audit record, the
// control sheet (Form 06) lists both, the appointment stands and the lost time is the receiving
// unit's.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { act, type DossierTestEnv, dossierTestEnv, intake, scenario } from "./test-env.ts";

let t: DossierTestEnv;
beforeAll(async () => {
  t = await dossierTestEnv("2026-03-02T02:00:00Z"); // Monday 09:00
});
afterAll(() => t.close());

// biome-ignore lint/suspicious/noExplicitAny: responses checked field by field.
type Any = any;
const REASON = "Người nộp thường trú tại xã B, không thuộc thẩm quyền của xã A";

describe("re-routing a dossier after reception", () => {
  it("goes back from the holding agency's leader to the receiving unit, then to the competent agency", async () => {
    const s = await scenario(t);
    const { center, communeA, communeB } = s.codes;
    const counter = await s.as("reception", center);
    const centerLeader = await s.as("leader", center);
    const counterA = await s.as("reception", communeA);
    const leaderB = await s.as("leader", communeB);
    const handlerB = await s.as("handler", communeB);
    // The centre received it and routed it to commune A: a mistake.
    const r = await intake(counter, center, s.proc.code, { agency: communeA });
    expect(r.status).toBe(200);
    const code = r.body.dossier.code;
    const dueAt = r.body.appointmentAt;
    const detail = async (who: typeof counter): Promise<Any> =>
      (await who.call(`/api/dossiers/${code}`)).json();

    // Only commune A's leader is offered and allowed to send it back.
    expect((await detail(s.leader)).allowedActions).toContain("return-misrouted");
    for (const who of [s.handler, centerLeader])
      expect((await detail(who)).allowedActions).not.toContain("return-misrouted");
    expect(
      (await act(s.handler, code, "return-misrouted", { version: 2, reason: REASON })).status,
    ).toBe(403);
    const byCentre = await act(centerLeader, code, "return-misrouted", {
      version: 2,
      reason: REASON,
    });
    expect(byCentre.status).toBe(403);
    expect(byCentre.body.code).toBe("dossiers.misrouted_scope");
    expect(
      (await act(leaderB, code, "return-misrouted", { version: 2, reason: REASON })).status,
    ).toBe(404);
    const short = await act(s.leader, code, "return-misrouted", { version: 2, reason: "sai" });
    expect(short.status).toBe(400);

    const back = await act(s.leader, code, "return-misrouted", { version: 2, reason: REASON });
    expect(back.status).toBe(200);
    expect(back.body.dossier).toMatchObject({ state: "misrouted", status: 4, agency: communeA });

    // It waits in the inbox of the centre's officer who received it.
    const waiting: Any = await (await counter.call("/api/dossiers/inbox")).json();
    expect(waiting.items.map((x: { code: string }) => x.code)).toContain(code);

    // Only the receiving unit routes it again; commune A's own counter may not.
    expect((await detail(counter)).allowedActions).toContain("reroute");
    expect((await detail(counterA)).allowedActions ?? []).not.toContain("reroute");
    const byA = await act(counterA, code, "reroute", {
      version: 3,
      agency: communeB,
      reason: REASON,
    });
    expect(byA.status).toBe(403);
    const same = await act(counter, code, "reroute", {
      version: 3,
      agency: communeA,
      reason: REASON,
    });
    expect(same.body.code).toBe("dossiers.same_agency");
    const wrongPerson = await act(counter, code, "reroute", {
      version: 3,
      agency: communeB,
      reason: REASON,
      assignee: { id: s.handler.user.id },
    });
    expect(wrongPerson.body.code).toBe("dossiers.assignee_not_eligible");

    const moved = await act(counter, code, "reroute", {
      version: 3,
      agency: communeB,
      reason: REASON,
      assignee: { id: handlerB.user.id },
    });
    expect(moved.status).toBe(200);
    expect(moved.body.dossier).toMatchObject({ state: "handling", agency: communeB, status: 4 });
    // The appointment given at reception stands: the clock was not paused.
    expect(moved.body.dossier.dueAt).toBe(dueAt);
    const inbox: Any = await (await handlerB.call("/api/dossiers/inbox")).json();
    expect(inbox.items.map((x: { code: string }) => x.code)).toContain(code);

    const ev = await t.db.query<{ type: string; data: Any }>(
      `SELECT e.type, e.data FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id
        WHERE d.code = $1 AND e.type IN ('returned-misrouted', 'rerouted') ORDER BY e.seq`,
      [code],
    );
    expect(ev.rows).toMatchObject([
      {
        type: "returned-misrouted",
        data: { from: communeA, to: center, reason: REASON, chargedTo: center },
      },
      {
        type: "rerouted",
        data: { from: communeA, to: communeB, afterReception: true, assigneeId: handlerB.user.id },
      },
    ]);
    const audit = await t.db.query<{ action: string }>(
      "SELECT action FROM audit_log WHERE subject_type = 'dossier' AND subject_id = $1 ORDER BY seq",
      [code],
    );
    const actions = audit.rows.map((a) => a.action);
    expect(actions).toContain("dossier.returned_misrouted");
    expect(actions.at(-1)).toBe("dossier.rerouted");

    // The steps: commune A's kept as they happened, its time charged to the centre.
    const steps = await t.db.query<Any>(
      `SELECT s.name, s.agency_code, s.charged_to, s.done_at IS NOT NULL AS done, s.note FROM dossier_steps s
         JOIN dossiers d ON d.id = s.dossier_id WHERE d.code = $1 ORDER BY s.seq`,
      [code],
    );
    expect(steps.rows).toMatchObject([
      { name: "Tiếp nhận", done: true },
      { name: "Thẩm định", agency_code: communeA, charged_to: center, done: true, note: REASON },
      {
        name: "Trả về Bộ phận Một cửa, chuyển cơ quan có thẩm quyền",
        agency_code: center,
        done: true,
      },
      { name: "Thẩm định", agency_code: null, charged_to: null, done: false },
    ]);

    // The control sheet (Form 06) lists both hand-overs.
    const pdf = await counter.call(`/api/dossiers/${code}/forms/06`);
    expect(pdf.status).toBe(200);
    const sheet = JSON.parse(
      new TextDecoder().decode(await pdf.arrayBuffer()).replace(/^%PDF-fake 06 /, ""),
    );
    expect(sheet.steps.map((x: Any) => x.step)).toEqual([
      "Tiếp nhận",
      "Thẩm định",
      "Trả về Bộ phận Một cửa, chuyển cơ quan có thẩm quyền",
      "Thẩm định",
    ]);
    expect(sheet.steps[1]).toMatchObject({ note: REASON });
    // Commune A (which held it) and the centre (which routed it again) are named on it.
    expect(sheet.coordinatingAgencies).toHaveLength(2);
  });

  it("is not offered once the dossier has left handling", async () => {
    const s = await scenario(t);
    const r = await intake(s.reception, s.codes.communeA, s.proc.code);
    const code = r.body.dossier.code;
    await act(s.handler, code, "forward", { version: 2 });
    await act(s.leader, code, "approve", { version: 3 });
    const late = await act(s.leader, code, "return-misrouted", { version: 4, reason: REASON });
    expect(late.status).toBe(409);
  });
});
