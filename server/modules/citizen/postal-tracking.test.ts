// A result sent by post is followed in the operator's tracking on a schedule: each new state is a
// dossier event; delivered returns the result (status 10) unless fees are owed; returned to the
// sender leaves the dossier "handled" for the counter.
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../platform/logger.ts";
import { OutboxWorker } from "../../platform/outbox-delivery.ts";
import { getDossier } from "../dossiers/index.ts";
import {
  act,
  type DossierTestEnv,
  dossierTestEnv,
  intake,
  scenario,
} from "../dossiers/test-env.ts";
import {
  PostalService,
  type PostalSimulator,
  startPostalSimulator,
} from "../integrations/index.ts";
import { resultDeliveryProjector } from "./index.ts";
import { resultChannels } from "./results/deliver.ts";
import { pollPostalTracking } from "./results/tracking.ts";

const STAGE_MS = 3_600_000;
let t: DossierTestEnv;
let post: PostalSimulator;
let postal: PostalService;

beforeAll(async () => {
  t = await dossierTestEnv("2026-03-02T02:00:00Z");
  // The operator's clock is the test's: its shipments move one stage an hour.
  post = await startPostalSimulator({ now: () => t.clock.now().getTime(), stageMs: STAGE_MS });
  postal = new PostalService({ url: post.url, token: post.token, customerCode: post.customerCode });
  t.deps.projectors?.push(resultDeliveryProjector(t.clock));
});
afterAll(async () => {
  await post.stop();
  await t.close();
});

const hours = (n: number) => t.clock.set(new Date(t.clock.now().getTime() + n * STAGE_MS));
const poll = () => pollPostalTracking({ ...t.deps, postal });

async function posted() {
  const s = await scenario(t);
  const r = await intake(s.reception, s.codes.communeA, s.proc.code, {
    applicant: {
      name: "Trần Thị Bình",
      phone: "0901234567",
      address: "Ấp Phú Hòa, xã Tân Phước 1",
      resultByPost: true,
    },
  });
  const code = r.body.dossier.code as string;
  const secret = r.body.secret as string;
  const v = 2;
  expect((await act(s.handler, code, "forward", { version: v })).status).toBe(200);
  expect((await act(s.leader, code, "approve", { version: v + 1 })).status).toBe(200);
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]);
  const stored = await t.deps.files!.put(await doc.save(), {
    declaredName: "kq.pdf",
    declaredType: "application/pdf",
  });
  const i = await act(s.handler, code, "issue-result", {
    version: v + 2,
    resultCode: "KS-1",
    file: stored.sha256,
  });
  expect(i.status).toBe(200);
  await new OutboxWorker(t.db, t.clock, createLogger("silent"), [
    ...resultChannels({ ...t.deps, postal }),
  ]).runOnce();
  // Signed in afresh each time: the test's clock runs hours ahead.
  const view = async () =>
    (
      (await (
        await (await s.as("reception")).call(`/api/dossiers/${code}/result-deliveries`)
      ).json()) as {
        deliveries: { reference: string; tracking: { state: string } | null }[];
      }
    ).deliveries[0];
  const tracked = async () =>
    (
      await t.db.query<{ data: { state: string } }>(
        `SELECT e.data FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id
          WHERE d.code = $1 AND e.type = 'post-tracking' ORDER BY e.seq`,
        [code],
      )
    ).rows.map((r) => r.data.state);
  // What the applicant sees with the code and the look-up secret (no officer's session).
  const publicView = async (given = secret) => {
    const res = await t.api.request("/api/public/deliveries", {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": "10.9.8.7" },
      body: JSON.stringify({ code, secret: given }),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  return { s, code, view, tracked, publicView };
}

describe("postal tracking of a result sent by post", () => {
  it("records each state as the operator reports it; delivered is the result returned (status 10)", async () => {
    const x = await posted();
    expect((await x.view()).reference).toMatch(/^EB[0-9]{9}VN$/);
    await poll();
    expect(await x.tracked()).toEqual(["accepted"]);
    expect((await x.view()).tracking).toMatchObject({ state: "accepted" });
    // Nothing new: nothing recorded again.
    await poll();
    expect(await x.tracked()).toEqual(["accepted"]);
    hours(1);
    await poll();
    expect((await getDossier(t.db, x.code)).status).toBe(9);
    // Two stages passed between two rounds: both recorded, in order.
    hours(2);
    await poll();
    expect(await x.tracked()).toEqual(["accepted", "in-transit", "out-for-delivery", "delivered"]);
    const d = await getDossier(t.db, x.code);
    expect([d.state, d.status]).toEqual(["returned", 10]);
    const returned = await t.db.query<{ data: { method: string } }>(
      `SELECT e.data FROM dossier_events e WHERE e.dossier_id = $1 AND e.type = 'result-returned'`,
      [d.id],
    );
    expect(returned.rows.map((r) => r.data.method)).toEqual(["post"]);
    // The applicant sees the item code and its state with the code and secret, nothing more.
    const mine = await x.publicView();
    expect(mine.status).toBe(200);
    expect(mine.body.results).toEqual([
      {
        channel: "post",
        status: "acknowledged",
        reference: (await x.view()).reference,
        tracking: { state: "delivered", at: expect.any(String) },
      },
    ]);
    expect((await x.publicView("WRONG-SECRET")).status).toBe(404);
    // A delivered shipment is not asked about any more.
    const asked = post.trackingRequests;
    hours(1);
    await poll();
    expect(post.trackingRequests).toBe(asked);
  });

  it("returned to the sender: the dossier stays handled, for the counter", async () => {
    post.returnNext = 1;
    const x = await posted();
    hours(4);
    await poll();
    expect(await x.tracked()).toEqual(["accepted", "in-transit", "out-for-delivery", "returned"]);
    expect((await getDossier(t.db, x.code)).status).toBe(9);
    expect((await x.view()).tracking).toMatchObject({ state: "returned" });
  });

  it("an outage of the tracking API leaves the states to the next round", async () => {
    const x = await posted();
    post.failNext = 1;
    await expect(poll()).rejects.toThrow(/postal tracking 503/);
    expect(await x.tracked()).toEqual([]);
    await poll();
    expect(await x.tracked()).toEqual(["accepted"]);
  });
});
