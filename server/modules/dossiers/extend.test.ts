import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isAppError } from "../../platform/errors.ts";
import { lookupInit } from "../../test-support.ts";
import { SYSTEM_ACTOR } from "../identity/index.ts";
import { extendAppointment } from "./extend.ts";
import { type DossierTestEnv, dossierTestEnv, intake, scenario } from "./test-env.ts";

const START = "2026-03-02T02:00:00Z"; // Monday 09:00; due Thursday 09:00
let t: DossierTestEnv;
beforeAll(async () => {
  t = await dossierTestEnv(START);
});
afterAll(() => t.close());

const ext = (newDueAt: string) => ({
  originalDueAt: new Date("2026-03-05T02:00:00Z"),
  newDueAt: new Date(newDueAt),
  reason: "Chờ kết quả xác minh của cơ quan khác",
  form04Sha256: "c".repeat(64),
});
const extend = (code: string, newDueAt: string) =>
  t.db.transaction((tx) =>
    extendAppointment(tx, SYSTEM_ACTOR, t.clock.now(), t.deps, code, ext(newDueAt)),
  );
async function failure(p: Promise<unknown>) {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  if (!isAppError(e)) throw new Error(`expected an AppError, got ${String(e)}`);
  return e;
}

describe("the extended appointment", () => {
  it("is recorded once as an event with its audit record, keeps dueAt, and shows in both views", async () => {
    t.clock.set(START);
    const { codes, proc, reception, as } = await scenario(t);
    const r = await intake(reception, codes.communeA, proc.code);
    t.clock.set("2026-03-05T03:00:00Z"); // Thursday 10:00: late
    const officer = await as("reception");
    const code = r.body.dossier.code as string;
    const d = await extend(code, "2026-03-10T10:00:00Z");
    expect(d.dueAt?.toISOString()).toBe("2026-03-05T02:00:00.000Z");
    expect(d.extendedDueAt?.toISOString()).toBe("2026-03-10T10:00:00.000Z");
    expect(d.version).toBe(r.body.dossier.version + 1);

    const again = await failure(extend(code, "2026-03-20T10:00:00Z"));
    expect(again.code).toBe("dossiers.already_extended");
    expect(again.status).toBe(409);
    expect(again.messages.vi).toContain("chỉ được gia hạn một lần");
    expect(again.messages.en).toContain("a second extension is refused");

    const events = await t.db.query<{ type: string; data: { newDueAt: string; form: string } }>(
      "SELECT e.type, e.data FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id WHERE d.code = $1 AND e.type = 'appointment-extended'",
      [code],
    );
    expect(events.rows).toHaveLength(1);
    expect(events.rows[0].data).toMatchObject({ newDueAt: "2026-03-10T10:00:00.000Z", form: "04" });
    const audit = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_log WHERE subject_id = $1 AND action = 'dossier.extended'",
      [code],
    );
    expect(audit.rows[0].n).toBe(1);

    const detail = await officer.call(`/api/dossiers/${code}`);
    expect(await detail.json()).toMatchObject({
      dueAt: "2026-03-05T02:00:00.000Z",
      extendedDueAt: "2026-03-10T10:00:00.000Z",
    });
    // The public look-up (the full app's) shows the new date beside the original appointment.
    const look = await t.app.request(`/api/public/dossiers/${code}`, lookupInit(r.body.secret));
    expect(await look.json()).toMatchObject({
      appointmentAt: "2026-03-05T02:00:00.000Z",
      newAppointmentAt: "2026-03-10T10:00:00.000Z",
    });
  });

  it("refuses a finished dossier and a date that does not follow the original one", async () => {
    t.clock.set(START);
    const { codes, proc, reception } = await scenario(t);
    const refused = await intake(reception, codes.communeA, proc.code, {
      decision: { action: "refuse-intake", reasons: "Không thuộc thẩm quyền của UBND xã" },
    });
    const closed = await failure(extend(refused.body.dossier.code, "2026-03-10T10:00:00Z"));
    expect(closed.code).toBe("dossiers.not_open");
    expect(closed.status).toBe(409);

    const open = await intake(reception, codes.communeA, proc.code);
    const early = await failure(extend(open.body.dossier.code, "2026-03-04T10:00:00Z"));
    expect(early.code).toBe("dossiers.bad_new_date");
    const stored = await t.db.query<{ extended_due_at: Date | null }>(
      "SELECT extended_due_at FROM dossiers WHERE code = $1",
      [open.body.dossier.code],
    );
    expect(stored.rows[0].extended_due_at).toBeNull();
  });
});
