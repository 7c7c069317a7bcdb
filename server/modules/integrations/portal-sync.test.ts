// The national portal link end to end in one process: dossier changes reach a real simulator
// through the outbox, acknowledgements mark dossiers synchronised, refusals become dead letters
// an administrator fixes and resends, failures are retried with the same batch, and online
// dossiers arrive at POST /api/portal/dossiers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../platform/logger.ts";
import { deadLetters, outboxStatus, resendDeadLetter } from "../../platform/outbox-admin.ts";
import { OutboxWorker } from "../../platform/outbox-delivery.ts";
import { markSyncedToPortal, portalOutboxProjector } from "../dossiers/index.ts";
import {
  act,
  type DossierTestEnv,
  dossierTestEnv,
  FILE,
  intake,
  scenario,
} from "../dossiers/test-env.ts";
import { PORTAL_CHANNEL, portalChannel } from "./portal-client.ts";
import { type PortalSimulator, startPortalSimulator } from "./simulator/server.ts";

const TOKEN = "portal-token-for-tests";
const INBOUND = "inbound-token-for-tests-0123456789";
let t: DossierTestEnv;
let sim: PortalSimulator;
let worker: OutboxWorker;

beforeAll(async () => {
  t = await dossierTestEnv("2026-03-02T02:00:00Z");
  t.deps.projectors = [portalOutboxProjector(PORTAL_CHANNEL, t.clock)];
  t.deps.config.portal = { inboundToken: INBOUND, timeoutMs: 2000 };
  sim = await startPortalSimulator({ token: TOKEN });
  const channel = portalChannel({ url: sim.url, token: TOKEN, timeoutMs: 2000 }, (tx, ok, at) =>
    markSyncedToPortal(
      tx,
      t.deps.projectors ?? [],
      ok.map((m) => m.subject),
      at,
    ).then(() => {}),
  );
  worker = new OutboxWorker(t.db, t.clock, createLogger("silent"), [channel]);
});
afterAll(async () => {
  await sim.close();
  await t.close();
});

async function dossier(code: string) {
  const r = await t.db.query<{ synced_to_portal: boolean; status: number; channel: number }>(
    "SELECT synced_to_portal, status, channel FROM dossiers WHERE code = $1",
    [code],
  );
  return r.rows[0];
}
const backlog = async () => (await outboxStatus(t.db, PORTAL_CHANNEL, t.clock.now())).backlog;

describe("outbound sync to the national portal", () => {
  it("delivers every change with a growing revision and marks the dossier synchronised", async () => {
    const s = await scenario(t);
    const r = await intake(s.reception, s.codes.communeA, s.proc.code);
    const code = r.body.dossier.code as string;
    expect(await backlog()).toBe(1); // the creation and the reception: one change, one message
    expect(await worker.runOnce()).toBe(1);
    expect(sim.holdings.dossiers.get(code)).toMatchObject({ revision: 1, status: 4 });
    expect(await dossier(code)).toMatchObject({ synced_to_portal: true });
    const ev = await t.db.query<{ type: string }>(
      "SELECT e.type FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id WHERE d.code = $1 ORDER BY seq",
      [code],
    );
    expect(ev.rows.map((x) => x.type)).toContain("portal-synced");
    const audit = await t.db.query(
      "SELECT 1 FROM audit_log WHERE action = 'dossier.portal-synced' AND details->'codes' ? $1",
      [code],
    );
    expect(audit.rows.length).toBe(1);
    // The acknowledgement itself is not a change for the portal: nothing more to send.
    expect(await backlog()).toBe(0);
    expect(await worker.runOnce()).toBe(0);
    // A hand-over inside the agency does not change the exchange record: nothing is sent.
    expect((await act(s.handler, code, "forward", { version: 3, note: "Đủ" })).status).toBe(200);
    expect(await backlog()).toBe(0);
    // The result does: the approval and the result leave as revision 2, the latest standing for both.
    expect((await act(s.leader, code, "approve", { version: 4 })).status).toBe(200);
    const i = await act(s.handler, code, "issue-result", {
      version: 5,
      resultCode: "KS-1",
      file: FILE,
    });
    expect(i.status).toBe(200);
    expect(await worker.runOnce()).toBe(1);
    expect(sim.holdings.dossiers.get(code)).toMatchObject({ revision: 2, status: 9 });
    expect(sim.holdings.counters).toMatchObject({ appliedTwice: 0, outOfOrder: 0 });
  });

  it("retries a failed batch with the same key after the portal's Retry-After", async () => {
    const s = await scenario(t);
    const code = (await intake(s.reception, s.codes.communeA, s.proc.code)).body.dossier.code;
    Object.assign(sim.faults, { failRate: 1, kinds: ["rate-limit"], retryAfterS: 30 });
    expect(await worker.runOnce()).toBe(0);
    const st = await outboxStatus(t.db, PORTAL_CHANNEL, t.clock.now());
    expect(st.lastError).toMatch(/429/);
    expect(st.retrying?.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(
      t.clock.now().getTime() + 30_000,
    );
    const key = (await t.db.query<{ batch_key: string }>("SELECT batch_key FROM outbox_channels"))
      .rows[0].batch_key;
    // The portal applies the batch but its answer is lost: the retry must not apply it twice.
    Object.assign(sim.faults, { kinds: ["lost-answer"] });
    t.clock.advance(31_000);
    expect(await worker.runOnce()).toBe(0);
    expect(sim.holdings.dossiers.get(code)?.revision).toBe(1);
    expect(
      (await t.db.query<{ batch_key: string }>("SELECT batch_key FROM outbox_channels")).rows[0]
        .batch_key,
    ).toBe(key);
    Object.assign(sim.faults, { failRate: 0 });
    t.clock.advance(600_000);
    const replays = sim.holdings.counters.replayedBatches;
    expect(await worker.runOnce()).toBe(1);
    expect(sim.holdings.counters.replayedBatches).toBe(replays + 1);
    expect(sim.holdings.counters.appliedTwice).toBe(0);
    expect(await dossier(code)).toMatchObject({ synced_to_portal: true });
  });

  it("keeps a refused record as a dead letter until the administrator resends it", async () => {
    const s = await scenario(t);
    const code = (await intake(s.reception, s.codes.communeA, s.proc.code)).body.dossier.code;
    sim.holdings.unknownProcedures.add(s.proc.code);
    await worker.runOnce();
    const dead = (await deadLetters(t.db, PORTAL_CHANNEL)).find((d) => d.subject === code);
    expect(dead?.reason).toMatch(/not in the national database/);
    expect(await dossier(code)).toMatchObject({ synced_to_portal: false });
    // Never retried blindly.
    await worker.runOnce();
    expect(sim.holdings.dossiers.has(code)).toBe(false);
    // The mapping is fixed on the portal's side; the administrator sends it again.
    sim.holdings.unknownProcedures.delete(s.proc.code);
    const r = await t.db.transaction((tx) => resendDeadLetter(tx, dead!.id));
    expect(r.outcome).toBe("queued");
    await worker.runOnce();
    expect(sim.holdings.dossiers.get(code)?.revision).toBe(1);
    expect(await dossier(code)).toMatchObject({ synced_to_portal: true });
    expect((await deadLetters(t.db, PORTAL_CHANNEL)).some((d) => d.subject === code)).toBe(false);
  });
});

describe("online dossiers from the national portal", () => {
  const body = (proc: string, agency: string, portalCode: string) => ({
    portalCode,
    procedure: proc,
    agency,
    submittedAt: "2026-03-02T01:30:00Z",
    applicant: { name: "Lê Văn Cường", idNumber: "079201234567", phone: "0912345678" },
    vneidVerified: true,
    formData: { noiSinh: "Thủ Dầu Một" },
    components: [
      {
        name: "Tờ khai đăng ký khai sinh",
        files: [
          {
            name: "to-khai.pdf",
            contentType: "application/pdf",
            base64: Buffer.from("%PDF-1.4\n%%EOF\n").toString("base64"),
          },
        ],
        fromPersonalStore: false,
      },
    ],
    paidOnline: 0,
  });
  const post = (b: unknown, token = INBOUND) =>
    t.api.request("/api/portal/dossiers?lang=en", {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(b),
    });

  it("stores it once, status 1 in the unit's online tray, with its files and e-form data", async () => {
    const s = await scenario(t);
    const pc = `G-${Date.now()}`;
    const first = await post(body(s.proc.code, s.codes.communeA, pc));
    expect(first.status).toBe(201);
    const a = (await first.json()) as { code: string; secret: string };
    const again = await post(body(s.proc.code, s.codes.communeA, pc));
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(a);
    const r = await t.db.query<{
      status: number;
      channel: number;
      components: { files: string[] }[];
      form_data: unknown;
      receiving_unit: string;
    }>(
      "SELECT status, channel, components, form_data, receiving_unit FROM dossiers WHERE code = $1",
      [a.code],
    );
    expect(r.rows[0]).toMatchObject({
      status: 1,
      channel: 2,
      receiving_unit: s.codes.communeA,
      form_data: { noiSinh: "Thủ Dầu Một" },
    });
    const sha = r.rows[0].components[0].files[0];
    expect(Buffer.from(await t.deps.files!.get(sha)).toString()).toContain("%PDF-1.4");
    // The portal has it already: not echoed back until it changes.
    const rows = await t.db.query("SELECT 1 FROM outbox WHERE subject = $1", [a.code]);
    expect(rows.rows.length).toBe(0);
  });

  it("refuses a wrong token (401) and names a bad field (400), storing nothing", async () => {
    const s = await scenario(t);
    const wrong = await post(
      body(s.proc.code, s.codes.communeA, "G-x"),
      "not-the-token-000000000000",
    );
    expect(wrong.status).toBe(401);
    const bad = { ...body(s.proc.code, s.codes.communeA, "G-bad"), submittedAt: "yesterday" };
    const res = await post(bad);
    expect(res.status).toBe(400);
    const p = (await res.json()) as { errors?: { field: string }[]; messages: { vi: string } };
    expect(p.errors?.[0].field).toBe("submittedAt");
    expect(p.messages.vi).toMatch(/submittedAt/);
    const unknown = await post(body("9.999999", s.codes.communeA, "G-unknown"));
    expect(unknown.status).toBe(400);
    const n = await t.db.query(
      "SELECT 1 FROM portal_inbound WHERE portal_code IN ('G-x','G-bad','G-unknown')",
    );
    expect(n.rows.length).toBe(0);
  });
});
