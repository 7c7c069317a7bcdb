// Signing the apology is one transaction: a failure anywhere in it, even in writing its audit
// record, leaves neither the change nor that record; the dossier-level check stays exact.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../../platform/errors.ts";
import { sweep } from "./sweep.ts";
import { type AccTestEnv, accTestEnv, intake, json, scenario, signInAs } from "./test-env.ts";

const START = "2026-03-02T02:00:00Z"; // Monday 09:00; the dossier is due Thursday 09:00
let t: AccTestEnv;
beforeAll(async () => {
  t = await accTestEnv(START);
});
afterAll(() => t.close());

const refused = () =>
  new AppError("test.refused", "conflict", { vi: "Từ chối (thử).", en: "Refused (test)." });

/** What a signed apology leaves behind, counted. */
async function traces(code: string) {
  const count = async (sql: string) =>
    Number((await t.db.query<{ n: number }>(sql, [code])).rows[0].n);
  return {
    signed: await count(
      "SELECT count(*)::int AS n FROM late_explanations WHERE dossier_code = $1 AND status = 'signed'",
    ),
    form04: await count(
      "SELECT count(*)::int AS n FROM documents x JOIN dossiers d ON d.id::text = x.dossier_id WHERE d.code = $1 AND x.form_no = '04'",
    ),
    extended: await count(
      "SELECT count(*)::int AS n FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id WHERE d.code = $1 AND e.type = 'appointment-extended'",
    ),
    told: await count(
      "SELECT count(*)::int AS n FROM notifications WHERE dossier_code = $1 AND kind = 'apology'",
    ),
    audit: (
      await t.db.query<{ action: string }>(
        "SELECT action FROM audit_log WHERE subject_id = $1 AND action IN ('late.apology_signed', 'dossier.extended') ORDER BY seq",
        [code],
      )
    ).rows.map((r) => r.action),
  };
}
const NOTHING = { signed: 0, form04: 0, extended: 0, told: 0, audit: [] };

describe("signing a late dossier's apology", () => {
  it("leaves neither the change nor its audit record when it fails, then signs once", async () => {
    t.clock.set(START);
    const s = await scenario(t);
    const d = await intake(s.reception, s.codes.communeA, s.proc.code);
    t.clock.set("2026-03-05T03:00:00Z"); // Thursday 10:00: late
    await t.db.transaction((tx) => sweep(tx, t.clock.now()));
    const handler = await signInAs(t, s.handler.user.username);
    const head = await signInAs(t, s.head.user.username);
    const drafted = await handler.call(`/api/dossiers/${d.code}/late/explanation`, {
      method: "POST",
      body: { reason: "Chờ kết quả xác minh", proposedDueAt: "2026-03-10T17:00:00+07:00" },
    });
    expect(drafted.status).toBe(200);
    const approve = (who = head) =>
      who.call(`/api/dossiers/${d.code}/late/approve?lang=en`, {
        method: "POST",
        body: { version: 1 },
      });

    // The head of another commune holds late.approve, but not over this dossier: not disclosed.
    const stranger = await signInAs(t, (await s.as("head", s.codes.communeB)).user.username);
    const outside = await json(await approve(stranger));
    expect(outside.status).toBe(404);
    expect(outside.body.code).toBe("accountability.dossier_not_found");

    // The dossier's new date is recorded (its event and audit record), then something refuses.
    const extend = t.deps.extendAppointment;
    t.deps.extendAppointment = async (...args) => {
      await extend(...args);
      throw refused();
    };
    try {
      const r = await json(await approve());
      expect(r.status).toBe(409);
      expect(r.body.code).toBe("test.refused");
    } finally {
      t.deps.extendAppointment = extend;
    }
    expect(await traces(d.code)).toEqual(NOTHING);

    // The whole change is made and its audit record appended, then the append fails after it.
    const commands = t.deps.commands;
    const audit = commands.audit;
    commands.audit = async (...args) => {
      await audit(...args);
      throw refused();
    };
    try {
      expect((await approve()).status).toBe(409);
    } finally {
      commands.audit = audit;
    }
    expect(await traces(d.code)).toEqual(NOTHING);
    const state = await json(await head.call(`/api/dossiers/${d.code}/late`));
    expect(state.body.explanation).toMatchObject({ status: "drafted", version: 1 });

    // Nothing half-written stands in the way: the same request now signs, once.
    expect((await approve()).status).toBe(200);
    expect(await traces(d.code)).toEqual({
      signed: 1,
      form04: 1,
      extended: 1,
      told: 1,
      audit: ["dossier.extended", "late.apology_signed"],
    });
  });
});
