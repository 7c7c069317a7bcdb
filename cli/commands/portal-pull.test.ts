// `motcua portal pull-procedures`: the province's procedures from the national procedure database
// (portal-sync.md, "Catalogue") through a simulated portal that fails, rate-limits and hangs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  demoProcedures,
  getProcedureVersion,
  parseContent,
  procedureToRecord,
} from "../../server/modules/catalog/index.ts";
import {
  type PortalSimulator,
  startPortalSimulator,
} from "../../server/modules/integrations/index.ts";
import { makeProvince, type TestEnv, testEnv } from "../../server/test-support.ts";
import { provinceOf, pullProcedures } from "./portal-pull.ts";

const TOKEN = "pull-test-token";
let env: TestEnv;
let sim: PortalSimulator;
beforeAll(async () => {
  env = await testEnv();
  sim = await startPortalSimulator({ token: TOKEN });
});
afterAll(async () => {
  await sim.close();
  await env.close();
});

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
}
const noWait = { sleep: async () => {} };

async function catalogueOf() {
  const c = await makeProvince(env.db);
  const tree = { province: c.province, departments: [c.deptA], communes: [c.communeA] };
  const prefix = c.province.replace(/\W/g, "");
  const records = demoProcedures(tree)
    .slice(0, 4)
    .map((p, i) => procedureToRecord(parseContent({ ...p, code: `${prefix}.${i}10` })));
  return { c, records };
}

describe("motcua portal pull-procedures", () => {
  it("imports the province's procedures through failures, then only what changed, and reports bad lines", async () => {
    const { c, records } = await catalogueOf();
    const other = await catalogueOf(); // another province's procedures are not ours
    sim.catalogue.publish([...records, ...other.records]);
    // The portal fails the first three calls, one of each kind: a 503, a 429 with Retry-After, a
    // call that hangs past the timeout; then it answers.
    Object.assign(sim.faults, {
      failRate: 1,
      kinds: ["error", "rate-limit", "timeout"],
      hangMs: 400,
      retryAfterS: 0,
    });
    let waits = 0;
    const recovering = {
      sleep: async () => {
        if (++waits === 3) sim.faults.failRate = 0;
      },
    };
    const settings = { url: sim.url, token: TOKEN, timeoutMs: 200 };
    const first = io();
    const ctx = { db: env.db, clock: env.clock };
    expect(await pullProcedures(ctx, settings, c.province, first.io, recovering)).toBe(0);
    expect(waits).toBe(3);
    expect(first.out.join("\n")).toMatch(
      /Imported 4 procedures \(4 new, 0 new versions, 0 unchanged\); rejected 0 lines/,
    );
    for (const r of records) expect((await getProcedureVersion(env.db, r.code))?.version).toBe(1);
    expect(await getProcedureVersion(env.db, other.records[0].code)).toBeNull();
    const injected = (sim.status().faults as { injected: Record<string, number> }).injected;
    expect([injected.error, injected["rate-limit"], injected.timeout]).toEqual([1, 1, 1]);

    // The portal changes one procedure and publishes a broken line: a new version, the line named.
    Object.assign(sim.faults, { failRate: 0 });
    const changed = { ...records[1], name: `${records[1].name} (sửa đổi)` };
    sim.catalogue.publish(
      [records[0], changed, records[2], records[3]].map((r) => JSON.stringify(r)).join("\n") +
        `\n{"code": "broken", "agencies": ["${c.communeA}"]\n`,
    );
    const second = io();
    expect(await pullProcedures(ctx, settings, c.province, second.io, noWait)).toBe(1);
    expect(second.out.join("\n")).toMatch(
      /Imported 4 procedures \(0 new, 1 new versions, 3 unchanged\); rejected 1 lines/,
    );
    expect(second.err.join("\n")).toMatch(/line 5: not valid JSON/);
    expect((await getProcedureVersion(env.db, records[1].code))?.version).toBe(2);
    expect((await getProcedureVersion(env.db, records[0].code))?.version).toBe(1);
    const audit = await env.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_log WHERE action = 'catalog.pulled-from-portal' AND subject_id = $1",
      [c.province],
    );
    expect(audit.rows[0].n).toBe(2);
  });

  it("stops at once on a wrong token, and gives up on a portal that keeps failing, saying why", async () => {
    const { c } = await catalogueOf();
    const ctx = { db: env.db, clock: env.clock };
    await expect(
      pullProcedures(ctx, { url: sim.url, token: "wrong" }, c.province, io().io, noWait),
    ).rejects.toThrow(/MOTCUA_PORTAL_TOKEN/);
    Object.assign(sim.faults, { failRate: 1, kinds: ["error"] });
    await expect(
      pullProcedures(ctx, { url: sim.url, token: TOKEN }, c.province, io().io, {
        ...noWait,
        attempts: 3,
      }),
    ).rejects.toThrow(/after 3 attempts: HTTP 503/);
    Object.assign(sim.faults, { failRate: 0 });
    await expect(pullProcedures(ctx, {}, c.province, io().io, noWait)).rejects.toThrow(
      /MOTCUA_PORTAL_URL/,
    );
  });

  it("asks for the province when the store holds several", async () => {
    await catalogueOf();
    await catalogueOf();
    expect(await provinceOf(env.db)).toBeUndefined();
  });
});
