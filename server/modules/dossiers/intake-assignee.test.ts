// Received on the spot at the counter: the first handling step goes to a person picked from the
// list of the unit holding it (the same list and the same refusal as any hand-over); with one
// holder that one takes it; the picked person finds the dossier in their inbox.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUser, signIn } from "../../test-support.ts";
import { type DossierTestEnv, dossierTestEnv, intake, scenario } from "./test-env.ts";

let t: DossierTestEnv;
beforeAll(async () => {
  t = await dossierTestEnv("2026-03-02T02:00:00Z"); // Monday 09:00
});
afterAll(() => t.close());

// biome-ignore lint/suspicious/noExplicitAny: responses checked field by field.
type Any = any;
type Session = Awaited<ReturnType<typeof signIn>>;
const inboxCodes = async (s: Session) =>
  ((await (await s.call("/api/dossiers/inbox")).json()) as Any).items.map(
    (x: { code: string }) => x.code,
  );

describe("reception on the spot at the counter", () => {
  it("hands the first step to the person picked from the unit's list, and refuses anyone else", async () => {
    const s = await scenario(t);
    const second = await makeUser(
      t.db,
      [{ role: "handler", agencyCode: s.codes.communeA }],
      "Đặng Thị Hai",
    );
    const secondSession = await signIn(t.api as never, second.username);
    const elsewhere = await makeUser(t.db, [{ role: "handler", agencyCode: s.codes.communeB }]);

    const list: Any = await (
      await s.reception.call(
        `/api/dossiers/intake-assignees?procedure=${s.proc.code}&agency=${s.codes.communeA}`,
      )
    ).json();
    expect(list.step).toMatchObject({ index: 1, name: "Thẩm định", unit: s.codes.communeA });
    expect(list.people.map((p: { id: string }) => p.id).sort()).toEqual(
      [s.handler.user.id, second.id].sort(),
    );
    // The handler may not take dossiers in: the list is the counter's.
    const denied = await s.handler.call(`/api/dossiers/intake-assignees?procedure=${s.proc.code}`);
    expect(denied.status).toBe(403);

    const count = async () =>
      (await t.db.query("SELECT 1 FROM dossiers WHERE agency_code = $1", [s.codes.communeA]))
        .rowCount;
    // Two holders: the counter must pick; nothing is written otherwise.
    const none = await intake(s.reception, s.codes.communeA, s.proc.code);
    expect(none.status).toBe(422);
    expect(none.body.code).toBe("dossiers.assignee_required");
    expect(none.body.errors[0].field).toBe("decision.assignee.id");
    for (const id of [s.leader.user.id, elsewhere.id]) {
      const r = await intake(s.reception, s.codes.communeA, s.proc.code, {
        decision: { action: "receive", assignee: { id } },
      });
      expect(r.status).toBe(422);
      expect(r.body.code).toBe("dossiers.assignee_not_eligible");
    }
    expect(await count()).toBe(0);

    const r = await intake(s.reception, s.codes.communeA, s.proc.code, {
      decision: { action: "receive", assignee: { id: second.id } },
    });
    expect(r.status).toBe(200);
    const code = r.body.dossier.code;
    const steps = await t.db.query<{
      step_index: number;
      assignee_id: string;
      assignee_name: string;
    }>(
      `SELECT s.step_index, s.assignee_id, s.assignee_name FROM dossier_steps s
         JOIN dossiers d ON d.id = s.dossier_id WHERE d.code = $1 AND s.done_at IS NULL`,
      [code],
    );
    expect(steps.rows).toEqual([
      { step_index: 1, assignee_id: second.id, assignee_name: "Đặng Thị Hai" },
    ]);
    expect(await inboxCodes(secondSession)).toContain(code);
    expect(await inboxCodes(s.handler)).not.toContain(code);
    const ev = await t.db.query<{ data: Any }>(
      `SELECT e.data FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id
        WHERE d.code = $1 AND e.type = 'step-started'`,
      [code],
    );
    expect(ev.rows[0].data).toMatchObject({ assignee: "Đặng Thị Hai", assigneeId: second.id });
  });

  it("takes the pick as optional when one person holds the role", async () => {
    const s = await scenario(t);
    const r = await intake(s.reception, s.codes.communeA, s.proc.code);
    expect(r.status).toBe(200);
    // Left to the unit's queue for the role, i.e. to its only handler, who may act on it.
    const open = await t.db.query<{ assignee_id: string | null; role: string }>(
      `SELECT s.assignee_id, s.role FROM dossier_steps s JOIN dossiers d ON d.id = s.dossier_id
        WHERE d.code = $1 AND s.done_at IS NULL`,
      [r.body.dossier.code],
    );
    expect(open.rows).toEqual([{ assignee_id: null, role: "handler" }]);
    const picked = await intake(s.reception, s.codes.communeA, s.proc.code, {
      decision: { action: "receive", assignee: { id: s.handler.user.id } },
    });
    expect(await inboxCodes(s.handler)).toContain(picked.body.dossier.code);
  });
});
