import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sweep } from "./sweep.ts";
import { type AccTestEnv, accTestEnv, intake, json, scenario, signInAs } from "./test-env.ts";

const START = "2026-03-02T02:00:00Z"; // Monday 09:00 Vietnam time
let t: AccTestEnv;
beforeAll(async () => {
  t = await accTestEnv(START);
});
afterAll(() => t.close());

const run = (at: string) => {
  t.clock.set(at);
  return t.db.transaction((tx) => sweep(tx, t.clock.now()));
};

async function moments(code: string) {
  const r = await t.db.query<{
    target: string;
    threshold: string;
    warn_at: Date;
    sent_at: Date | null;
    suppressed: boolean;
  }>(
    "SELECT target, threshold, warn_at, sent_at, suppressed FROM late_warnings WHERE dossier_code = $1 ORDER BY warn_at",
    [code],
  );
  return r.rows.map((x) => [
    x.target,
    x.threshold,
    new Date(x.warn_at).toISOString(),
    x.sent_at !== null,
    x.suppressed,
  ]);
}

async function notes(code: string) {
  const r = await t.db.query<{ role: string | null; threshold: string; kind: string }>(
    "SELECT role, threshold, kind FROM notifications WHERE dossier_code = $1 ORDER BY created_at, role",
    [code],
  );
  return r.rows.map((x) => `${x.kind}:${x.threshold}:${x.role}`);
}

describe("the warning sweep", () => {
  it("precomputes the moments in working time, notifies once per threshold and touches only due rows", async () => {
    t.clock.set(START);
    const { codes, proc, reception: desk, handler: officer } = await scenario(t);
    const d = await intake(desk, codes.communeA, proc.code);
    // Review step: 14 working hours from Monday 09:00 = Tuesday 17:00. Dossier: Thursday 09:00.
    expect(await moments(d.code)).toEqual([
      ["step:2", "1wd", "2026-03-02T10:00:00.000Z", false, false], // Monday 17:00
      ["step:2", "4wh", "2026-03-03T04:00:00.000Z", false, false], // Tuesday 11:00
      ["step:2", "late", "2026-03-03T10:00:00.001Z", false, false],
      ["dossier", "1wd", "2026-03-04T02:00:00.000Z", false, false], // Wednesday 09:00
      ["dossier", "4wh", "2026-03-04T08:00:00.000Z", false, false], // Wednesday 15:00
      ["dossier", "late", "2026-03-05T02:00:00.001Z", false, false],
    ]);

    expect((await run("2026-03-02T09:59:59Z")).moments).toBe(0);
    const first = await run("2026-03-02T10:00:00Z");
    expect(first.moments).toBeGreaterThanOrEqual(1);
    expect(await notes(d.code)).toEqual(["warning:1wd:handler", "warning:1wd:leader"]);
    await run("2026-03-02T10:30:00Z");
    expect(await notes(d.code)).toHaveLength(2);

    // Wednesday 16:00: the step's 4 h and late moments passed together (one notice, the late one);
    // the dossier's 1 day and 4 h moments too (one notice, 4 h).
    await run("2026-03-04T09:00:00Z");
    expect((await notes(d.code)).slice(2).sort()).toEqual(
      ["late:late:handler", "late:late:leader", "warning:4wh:handler", "warning:4wh:leader"].sort(),
    );
    const m = await moments(d.code);
    expect(m.filter((x) => x[3]).map((x) => `${x[0]}/${x[1]}/${x[4]}`)).toEqual([
      "step:2/1wd/false",
      "step:2/4wh/true",
      "step:2/late/false",
      "dossier/1wd/true",
      "dossier/4wh/false",
    ]);
    expect(m.filter((x) => !x[3]).map((x) => x[1])).toEqual(["late"]);
    const again = await run("2026-03-04T09:30:00Z");
    expect(again).toEqual({ moments: 0, notifications: 0 });

    // The handler (signed in again: days went by) sees the role-addressed notices, marks one read.
    const handler = await signInAs(t, officer.user.username);
    const reception = await signInAs(t, desk.user.username);
    const list = await json(await handler.call("/api/notifications"));
    const mine = list.body.notifications.filter(
      (n: { dossierCode: string }) => n.dossierCode === d.code,
    );
    expect(mine.map((n: { threshold: string }) => n.threshold).sort()).toEqual([
      "1wd",
      "4wh",
      "late",
    ]);
    expect(mine[0].message.vi).toContain(d.code);
    const read = await handler.call(`/api/notifications/${mine[0].id}/read`, { method: "POST" });
    expect(read.status).toBe(200);
    const unread = await json(await handler.call("/api/notifications?unread=1"));
    expect(unread.body.notifications.map((n: { id: string }) => n.id)).not.toContain(mine[0].id);
    const other = await json(
      await reception.call(`/api/notifications/${mine[0].id}/read`, { method: "POST" }),
    );
    expect(other.status).toBe(404);
  });

  it("drops unsent moments when the step is handed on, and adds the next step's", async () => {
    t.clock.set(START);
    const { codes, proc, reception, handler } = await scenario(t);
    const d = await intake(reception, codes.communeA, proc.code);
    t.clock.set("2026-03-02T03:00:00Z"); // Monday 10:00
    const f = await handler.call(`/api/dossiers/${d.code}/actions/forward`, {
      method: "POST",
      body: { version: d.version },
    });
    expect(f.status).toBe(200);
    const m = await moments(d.code);
    expect(m.some((x) => x[0] === "step:2")).toBe(false);
    // The approval step: 4 working hours from Monday 10:00 = Monday 16:00; its 1-day and 4-hour
    // moments are not after its start, so only "late" remains.
    expect(m.filter((x) => x[0] === "step:3").map((x) => [x[1], x[2]])).toEqual([
      ["late", "2026-03-02T09:00:00.001Z"],
    ]);
    await run("2026-03-02T09:30:00Z");
    expect(await notes(d.code)).toEqual(["late:late:leader"]);
  });

  it("keeps warning while a misrouted dossier waits at the counter: the clock runs", async () => {
    t.clock.set(START);
    const { codes, proc, reception, leader } = await scenario(t);
    const d = await intake(reception, codes.communeA, proc.code);
    const back = await leader.call(`/api/dossiers/${d.code}/actions/return-misrouted`, {
      method: "POST",
      body: { version: d.version, reason: "Không thuộc thẩm quyền của xã A" },
    });
    expect(back.status).toBe(200);
    const m = await moments(d.code);
    // The handling step's moments are gone; the counter's step and the appointment still warn.
    expect(m.some((x) => x[0] === "step:2")).toBe(false);
    expect(m.some((x) => x[0] === "step:3")).toBe(true);
    expect(m.filter((x) => x[0] === "dossier").map((x) => x[1])).toEqual(["1wd", "4wh", "late"]);
  });
});
