// A counter intake's round trips to the database, through the real route and the whole system
// (the catalogue, every projector): each statement is a round trip whose socket write costs the
// server about as much CPU as the work it asks for, so their number is what a busy counter pays.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../app.ts";
import { applicant, formData } from "../../demo/dossier-people.ts";
import { rng } from "../../demo/dossier-plan.ts";
import { type Clock, fixedClock } from "../../platform/clock.ts";
import { loadConfig } from "../../platform/config.ts";
import type { Db } from "../../platform/db.ts";
import { createLogger } from "../../platform/logger.ts";
import { recordStatements, testDb } from "../../platform/testing.ts";
import { buildSystem } from "../../system.ts";
import { makeProvince, makeUser, signIn } from "../../test-support.ts";
import { demoProcedures, getProcedureVersion, upsertProcedure } from "../catalog/index.ts";
import { SYSTEM_ACTOR } from "../identity/index.ts";

let raw: Db;
let post: (body: unknown) => Promise<Response>;
let body: () => Record<string, unknown>;
beforeAll(async () => {
  raw = await testDb();
  const clock = fixedClock("2026-03-02T02:00:00Z");
  const { base, modules } = buildSystem({
    config: loadConfig({}),
    db: raw,
    clock: clock as Clock,
    log: createLogger("silent"),
    demo: true,
    options: { filesDir: mkdtempSync(join(tmpdir(), "motcua-files-")) },
  });
  const app = buildApp({ ...base, modules });
  const codes = await makeProvince(raw);
  const communes = [codes.communeA, codes.communeB];
  await raw.transaction(async (tx) => {
    for (const p of demoProcedures({
      province: codes.province,
      departments: [codes.deptA, codes.deptB],
      communes,
    }))
      await upsertProcedure(tx, p, SYSTEM_ACTOR, new Date("2024-01-01T00:00:00Z"), "test");
  });
  const officer = await makeUser(
    raw,
    [{ role: "reception", agencyCode: codes.communeA }],
    "Cán bộ tiếp nhận",
  );
  const s = await signIn(app, officer.username);
  post = async (b) => s.call("/api/dossiers", { method: "POST", body: b });
  const proc = (await getProcedureVersion(raw, "1.004873"))!;
  const r = rng(1);
  body = () => {
    const who = applicant(r, codes.communeA, "Xã thử nghiệm");
    return {
      procedure: proc.code,
      channel: 1,
      agency: codes.communeA,
      receivingUnit: codes.communeA,
      applicant: who,
      components: proc.components
        .filter((c) => c.required)
        .map((c) => ({ name: c.name, digitized: 1 })),
      formData: formData(r, proc.eForm, who),
      decision: { action: "receive" },
      vneidVerified: false,
      populationDb: false,
    };
  };
});
afterAll(() => raw.close());

describe("a counter intake", () => {
  it("is received in a bounded number of statements", async () => {
    // A first intake warms what is shared between requests (the procedure's content by its hash).
    expect((await post(body())).status).toBe(200);
    const recording = recordStatements(raw);
    let res: Response;
    try {
      res = await post(body());
    } finally {
      recording.stop();
    }
    expect(res.status, await res.clone().text()).toBe(200);
    const sent = recording.texts
      .filter((t) => t !== "BEGIN" && t !== "COMMIT")
      .map((t) => t.replace(/\s+/g, " ").trim());
    const count = (prefix: string) => sent.filter((s) => s.startsWith(prefix)).length;
    // The procedure's version is read once in the intake's transaction, however many projectors
    // ask for it (the intake by date, the notices by date, accountability by number, the index
    // the latest); it was read three times before.
    expect(count("SELECT v.version")).toBe(1);
    // The whole request: the session, the intake's transaction and the answer.
    expect(sent.length, sent.join("\n")).toBeLessThanOrEqual(BOUND);
  });
});

// 18 statements (BEGIN and COMMIT not counted): the session's read, the intake's transaction
// (the procedure once, the assignee, the code, the dossier and its steps, the register number,
// the event, the projectors' writes, the audit record) and the answer's read of the steps. Before
// the procedure's version was read once per transaction, and the notices took the events the
// change wrote instead of reading them back, it took 21.
const BOUND = 18;
