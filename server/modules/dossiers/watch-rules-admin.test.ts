// The counter's warning lines as the administrator sees and changes them: the value in force, its
// basis and history; a change from an effective date (never the past) with basis and reason,
// audited; nobody but an administrator reads or changes them; the uncollected tray follows it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUser, signIn } from "../../test-support.ts";
import { type DossierTestEnv, dossierTestEnv, scenario } from "./test-env.ts";

let t: DossierTestEnv;
beforeAll(async () => {
  t = await dossierTestEnv("2026-03-02T02:00:00Z"); // Monday 09:00 Vietnam time
});
afterAll(() => t.close());

// biome-ignore lint/suspicious/noExplicitAny: responses checked field by field.
type Any = any;
const CHANGE = {
  threshold: 3,
  unit: "working-days",
  effectiveFrom: "2026-03-02",
  basis: "Quyết định số 12/QĐ-UBND của UBND tỉnh về quy chế Bộ phận Một cửa",
  reason: "Rút ngắn thời gian liên hệ người nộp",
};

describe("the counter's warning lines, for the administrator", () => {
  it("lists, changes from an effective date with basis and reason, audits, and refuses others", async () => {
    const s = await scenario(t);
    const adminUser = await makeUser(
      t.db,
      [{ role: "admin", agencyCode: s.codes.province }],
      "Quản Trị Viên",
    );
    const admin = await signIn(t.api as never, adminUser.username);

    const list: Any = await (await admin.call("/api/admin/watch-rules")).json();
    const uncollected = list.rules.find((r: Any) => r.rule === "uncollected-result");
    expect(uncollected.current).toMatchObject({
      threshold: 5,
      unit: "working-days",
      effectiveFrom: "2025-07-01",
    });
    expect(uncollected.current.basis).toMatch(/118\/2025/);
    expect(uncollected.name.vi).toMatch(/Kết quả chưa được nhận/);
    expect(list.rules.map((r: Any) => r.rule)).toEqual(["uncollected-result", "online-reception"]);

    // Officers and leaders neither read nor change them.
    for (const who of [s.reception, s.leader]) {
      expect((await who.call("/api/admin/watch-rules")).status).toBe(403);
      const r = await who.call("/api/admin/watch-rules/uncollected-result", {
        method: "POST",
        body: CHANGE,
      });
      expect(r.status).toBe(403);
    }
    // A day already past keeps the rule it was judged by; basis and reason are required.
    const past = await admin.call("/api/admin/watch-rules/uncollected-result?lang=en", {
      method: "POST",
      body: { ...CHANGE, effectiveFrom: "2026-03-01" },
    });
    expect(past.status).toBe(400);
    expect(((await past.json()) as Any).errors[0].field).toBe("effectiveFrom");
    const noSuchDay = await admin.call("/api/admin/watch-rules/uncollected-result", {
      method: "POST",
      body: { ...CHANGE, effectiveFrom: "2026-02-31" },
    });
    expect(noSuchDay.status).toBe(400);
    const bare = await admin.call("/api/admin/watch-rules/uncollected-result", {
      method: "POST",
      body: { ...CHANGE, basis: "" },
    });
    expect(bare.status).toBe(400);
    expect(
      (await admin.call("/api/admin/watch-rules/no-such-rule", { method: "POST", body: CHANGE }))
        .status,
    ).toBe(404);

    const changed = await admin.call("/api/admin/watch-rules/uncollected-result", {
      method: "POST",
      body: CHANGE,
    });
    expect(changed.status).toBe(200);
    const view: Any = ((await changed.json()) as Any).rule;
    expect(view.current).toMatchObject({
      threshold: 3,
      effectiveFrom: "2026-03-02",
      reason: CHANGE.reason,
      changedBy: "Quản Trị Viên",
    });
    expect(view.history.map((v: Any) => v.effectiveFrom)).toEqual(["2026-03-02", "2025-07-01"]);
    const audit = await t.db.query<{ action: string; subject_id: string; details: Any }>(
      "SELECT action, subject_id, details FROM audit_log WHERE subject_type = 'watch_rule' ORDER BY seq DESC LIMIT 1",
    );
    expect(audit.rows[0]).toMatchObject({
      action: "dossier.watch_rule_changed",
      subject_id: "uncollected-result@2026-03-02",
      details: { threshold: 3, basis: CHANGE.basis, reason: CHANGE.reason, replaced: null },
    });

    // The counter's tray judges by the new line from today.
    const tray: Any = await (await s.reception.call("/api/dossiers/tray/uncollected")).json();
    expect(tray.rule).toMatchObject({ threshold: 3, effectiveFrom: "2026-03-02" });

    // A scheduled change does not apply before its date.
    const later = await admin.call("/api/admin/watch-rules/online-reception", {
      method: "POST",
      body: { ...CHANGE, threshold: 4, unit: "working-hours", effectiveFrom: "2026-04-01" },
    });
    expect(later.status).toBe(200);
    const online: Any = ((await later.json()) as Any).rule;
    expect(online.current).toMatchObject({ threshold: 8, unit: "working-hours" });
    expect(online.history[0]).toMatchObject({ threshold: 4, effectiveFrom: "2026-04-01" });
  });
});
