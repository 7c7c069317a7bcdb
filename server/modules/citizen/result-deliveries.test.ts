import { PDFDocument, StandardFonts } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../platform/logger.ts";
import type { OutboxMessage } from "../../platform/outbox.ts";
import { OutboxWorker } from "../../platform/outbox-delivery.ts";
import { createSigningIdentity, signPdf } from "../documents/index.ts";
import { getDossier, listEvents, toRecord } from "../dossiers/index.ts";
import {
  act,
  type DossierTestEnv,
  dossierTestEnv,
  intake,
  scenario,
} from "../dossiers/test-env.ts";
import {
  PersonalDataStore,
  type PersonalStoreSimulator,
  PostalService,
  type PostalSimulator,
  s10CheckDigit,
  startPersonalStoreSimulator,
  startPostalSimulator,
} from "../integrations/index.ts";
import { resultDeliveryProjector } from "./index.ts";
import { resultChannels } from "./results/deliver.ts";

let t: DossierTestEnv;
let store: PersonalStoreSimulator;
let post: PostalSimulator;

beforeAll(async () => {
  t = await dossierTestEnv("2026-03-02T02:00:00Z");
  store = await startPersonalStoreSimulator();
  post = await startPostalSimulator();
  t.deps.projectors?.push(resultDeliveryProjector(t.clock));
});
afterAll(async () => {
  await store.stop();
  await post.stop();
  await t.close();
});

const channels = (token = store.token) =>
  resultChannels({
    ...t.deps,
    personalStore: new PersonalDataStore({ url: store.url, token, system: "H58.MOTCUA" }),
    postal: new PostalService({
      url: post.url,
      token: post.token,
      customerCode: post.customerCode,
    }),
  });
const worker = (token?: string) =>
  new OutboxWorker(t.db, t.clock, createLogger("silent"), channels(token));
/** The same message delivered again, as after a crash between the send and its recording. */
async function deliverAgain(channel: string, code: string, file: string) {
  const ch = channels().find((c) => c.name === channel)!;
  const m: OutboxMessage = {
    id: 0,
    channel,
    subject: `${code}:${file}`,
    revision: 1,
    payload: { code, file },
    createdAt: t.clock.now(),
  };
  const out = await ch.send({ key: "again", channel, attempt: 1, messages: [m] });
  if (!out.ok) throw new Error(out.error);
  const ok = out.accepted.map((a) => ({ ...m, receipt: a.receipt }));
  await t.db.transaction((tx) => ch.onAccepted!(tx, ok, t.clock.now()));
}
const later = () => t.clock.set(new Date(t.clock.now().getTime() + 3600_000));

async function signedResult(): Promise<string> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([595, 842]).drawText("GIAY KHAI SINH", { x: 72, y: 760, size: 16, font });
  const id = createSigningIdentity(
    { commonName: "UBND xa", organisation: "UBND xa", days: 30 },
    t.clock,
  );
  const pdf = await signPdf(await doc.save(), { p12: id.p12, passphrase: "" }, "Ban hành", "VN", {
    clock: t.clock,
  });
  const stored = await t.deps.files!.put(pdf, {
    declaredName: "kq.pdf",
    declaredType: "application/pdf",
  });
  return stored.sha256;
}

/** A dossier received at the counter and handled up to its signed result. */
async function issued(applicant: Record<string, unknown>) {
  const s = await scenario(t);
  const r = await intake(s.reception, s.codes.communeA, s.proc.code, {
    applicant: {
      name: "Trần Thị Bình",
      idNumber: "079123456789",
      phone: "0901234567",
      ...applicant,
    },
  });
  expect(r.status).toBe(200);
  const code = r.body.dossier.code as string;
  expect((await act(s.handler, code, "forward", { version: 2 })).status).toBe(200);
  expect((await act(s.leader, code, "approve", { version: 3 })).status).toBe(200);
  const file = await signedResult();
  const i = await act(s.handler, code, "issue-result", { version: 4, resultCode: "KS-1", file });
  expect(i.status).toBe(200);
  const deliveries = async () =>
    (await (await s.reception.call(`/api/dossiers/${code}/result-deliveries`)).json()) as {
      chosen: string[];
      deliveries: {
        channel: string;
        status: string;
        attempts: number;
        lastError: string | null;
        reference: string | null;
      }[];
    };
  const pushed = async () => {
    const view = (await (await s.reception.call(`/api/dossiers/${code}`)).json()) as {
      resultPushedToPersonalStore: boolean;
    };
    const d = await getDossier(t.db, code);
    const rec = toRecord(d, await listEvents(t.db, d.id));
    expect(view.resultPushedToPersonalStore).toBe(rec.resultPushedToPersonalStore);
    return rec.resultPushedToPersonalStore;
  };
  const events = async (type: string) =>
    (
      await t.db.query(
        "SELECT e.data FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id WHERE d.code = $1 AND e.type = $2",
        [code, type],
      )
    ).rows;
  return { s, code, file, deliveries, pushed, events };
}

describe("the result pushed to the applicant's personal data store", () => {
  it("is pushed after the signed result is issued; the dossier says so only once the store acknowledges", async () => {
    const x = await issued({ resultToPersonalStore: true });
    expect(await x.pushed()).toBe(false);
    expect((await x.deliveries()).deliveries).toMatchObject([
      { channel: "personal-store", status: "queued", attempts: 0 },
    ]);
    // The store refuses a wrong token: nothing stored, nothing claimed.
    await worker("not-the-token").runOnce();
    expect(store.stored.filter((r) => r.dossierCode === x.code)).toHaveLength(0);
    expect(await x.pushed()).toBe(false);
    expect((await x.deliveries()).deliveries[0]).toMatchObject({
      status: "queued",
      attempts: 1,
      lastError: "personal store 401 401",
    });
    // The store is down twice: retried with backoff, the flag never set early.
    store.failNext = 2;
    for (const attempts of [2, 3]) {
      later();
      await worker().runOnce();
      expect(await x.pushed()).toBe(false);
      expect((await x.deliveries()).deliveries[0]).toMatchObject({ status: "queued", attempts });
    }
    // Back up: stored under the applicant's personal ID, with the signed file's digest.
    later();
    await worker().runOnce();
    const kept = store.stored.filter((r) => r.dossierCode === x.code);
    expect(kept).toMatchObject([
      { personalId: "079123456789", sha256: x.file, resultCode: "KS-1" },
    ]);
    expect(await x.pushed()).toBe(true);
    const d = (await x.deliveries()).deliveries[0];
    expect(d).toMatchObject({
      status: "acknowledged",
      reference: kept[0].receipt,
      lastError: null,
    });
    expect(await x.events("result-pushed")).toEqual([
      { data: { receipt: kept[0].receipt, resultFile: x.file } },
    ]);
    const audit = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_log WHERE action = 'dossier.result_pushed' AND subject_id = $1",
      [x.code],
    );
    expect(audit.rows[0].n).toBe(1);
  });

  it("a lost acknowledgement is retried, and the repeated push is stored once and recorded once", async () => {
    const x = await issued({ resultToPersonalStore: true });
    store.loseNextAck = 1;
    await worker().runOnce();
    // Stored, but we never heard it: not claimed.
    expect(store.stored.filter((r) => r.dossierCode === x.code)).toHaveLength(1);
    expect(await x.pushed()).toBe(false);
    later();
    await worker().runOnce();
    expect(await x.pushed()).toBe(true);
    // A duplicate delivery (the same message sent and acknowledged again) changes nothing.
    await deliverAgain("personal-store", x.code, x.file);
    expect(store.stored.filter((r) => r.dossierCode === x.code)).toHaveLength(1);
    expect(await x.events("result-pushed")).toHaveLength(1);
    expect((await x.deliveries()).deliveries).toHaveLength(1);
  });

  it("is not pushed when the applicant did not ask for it", async () => {
    const x = await issued({});
    await worker().runOnce();
    expect(store.stored.filter((r) => r.dossierCode === x.code)).toHaveLength(0);
    expect(await x.deliveries()).toEqual({ chosen: [], deliveries: [] });
    expect(await x.pushed()).toBe(false);
  });

  it("needs the applicant's 12-digit personal ID to be chosen", async () => {
    const s = await scenario(t);
    const r = await intake(s.reception, s.codes.communeA, s.proc.code, {
      applicant: { name: "Lê Văn An", phone: "0912000111", resultToPersonalStore: true },
    });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe("dossiers.personal_store_needs_id");
  });
});

describe("the result returned by the public postal service", () => {
  it("orders a shipment to the applicant's address once the result is issued, and shows its item code", async () => {
    const x = await issued({
      address: "Ấp Phú Hòa, xã Tân Phước 1",
      resultByPost: true,
    });
    expect((await x.deliveries()).chosen).toEqual(["post"]);
    // The post office is down once: retried, no item code claimed meanwhile.
    post.failNext = 1;
    await worker().runOnce();
    expect((await x.deliveries()).deliveries).toMatchObject([
      { channel: "post", status: "queued", attempts: 1, reference: null },
    ]);
    // Then the order is taken but its answer lost: asked again with the same order number.
    post.loseNextAck = 1;
    later();
    await worker().runOnce();
    expect((await x.deliveries()).deliveries).toMatchObject([
      { channel: "post", status: "queued", attempts: 2, reference: null },
    ]);
    later();
    await worker().runOnce();
    const sent = post.shipments.filter((p) => p.content.includes(x.code));
    expect(sent).toMatchObject([
      { receiverName: "Trần Thị Bình", receiverAddress: "Ấp Phú Hòa, xã Tân Phước 1" },
    ]);
    // A UPU S10 item code with its check digit.
    const item = sent[0].itemCode;
    expect(item).toMatch(/^EB[0-9]{9}VN$/);
    expect(Number(item[10])).toBe(s10CheckDigit(item.slice(2, 10)));
    expect((await x.deliveries()).deliveries).toMatchObject([
      { channel: "post", status: "acknowledged", reference: item },
    ]);
    // The same order again (a message delivered twice) is the same shipment.
    await deliverAgain("post", x.code, x.file);
    expect(post.shipments.filter((p) => p.content.includes(x.code))).toHaveLength(1);
    // Posting does not claim the personal data store.
    expect(await x.pushed()).toBe(false);
  });

  it("needs the applicant's address and phone to be chosen", async () => {
    const s = await scenario(t);
    const r = await intake(s.reception, s.codes.communeA, s.proc.code, {
      applicant: { name: "Lê Văn An", phone: "0912000111", resultByPost: true },
    });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe("dossiers.post_needs_address");
  });
});
