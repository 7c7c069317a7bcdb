// Each outgoing channel of the citizen's journey through the outbox, with its receiver failing
// the ways real ones do: an outage (the retry waits for Retry-After), an acknowledgement lost
// after the message was taken (sent again with the same idempotency key: the receiver keeps one),
// and a refusal for good (a dead letter the administrator reads and sends again).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../platform/logger.ts";
import { OutboxWorker } from "../../platform/outbox-delivery.ts";
import { type DossierTestEnv, dossierTestEnv, intake, scenario } from "../dossiers/test-env.ts";
import {
  Mailer,
  SmsGateway,
  type SmsSimulator,
  type SmtpSimulator,
  startSmsSimulator,
  startSmtpSimulator,
  startZaloSimulator,
  ZaloNotifier,
  type ZaloSimulator,
} from "../integrations/index.ts";
import { noticesProjector, sendLater } from "./index.ts";
import { noticeChannels } from "./notices/channels.ts";

let t: DossierTestEnv;
let smtp: SmtpSimulator;
let sms: SmsSimulator;
let zalo: ZaloSimulator;
let worker: OutboxWorker;

beforeAll(async () => {
  t = await dossierTestEnv("2026-03-02T02:00:00Z");
  [smtp, sms, zalo] = await Promise.all([
    startSmtpSimulator(),
    startSmsSimulator(),
    startZaloSimulator(),
  ]);
  t.deps.projectors?.push(
    noticesProjector(t.clock, {
      publicUrl: () => "https://dichvucong.example.vn",
      procedureName: async () => "Đăng ký khai sinh",
    }),
  );
  worker = new OutboxWorker(
    t.db,
    t.clock,
    createLogger("silent"),
    noticeChannels({
      mailer: new Mailer({ ...smtp, from: "motcua@tinh.example.vn" }),
      sms: new SmsGateway({ ...sms }),
      zalo: new ZaloNotifier({ ...zalo }),
    }),
  );
});
afterAll(async () => {
  await Promise.all([smtp.stop(), sms.stop(), zalo.stop()]);
  await t.close();
});

const seconds = (n: number) => t.clock.set(new Date(t.clock.now().getTime() + n * 1000));

async function received(phone: string, email: string) {
  const s = await scenario(t);
  const r = await intake(s.reception, s.codes.communeA, s.proc.code, {
    applicant: { name: "Trần Thị Bình", phone, email, notify: ["email", "sms", "zalo"] },
  });
  expect(r.status).toBe(200);
  const code = r.body.dossier.code as string;
  const notice = async (channel: string) =>
    (
      (await (await s.reception.call(`/api/dossiers/${code}/notices`)).json()) as {
        notices: { channel: string; status: string; attempts: number; lastError: string | null }[];
      }
    ).notices.find((n) => n.channel === channel)!;
  return { s, code, notice };
}

describe("notices through the outbox", () => {
  it("SMS: an outage is retried no sooner than Retry-After; a lost acknowledgement sends one SMS", async () => {
    const x = await received("0901111222", "a.sms@example.vn");
    sms.failNext = 1;
    sms.retryAfterSeconds = 120;
    await worker.runOnce();
    expect(await x.notice("sms")).toMatchObject({ status: "queued", attempts: 1 });
    expect((await x.notice("sms")).lastError).toMatch(/^SMS 503/);
    // E-mail and Zalo are other channels: the SMS gateway's outage does not hold them.
    expect((await x.notice("email")).status).toBe("sent");
    expect((await x.notice("zalo")).status).toBe("sent");
    seconds(60);
    await worker.runOnce();
    expect(await x.notice("sms")).toMatchObject({ status: "queued", attempts: 1 });
    sms.loseNextAck = 1;
    seconds(61);
    await worker.runOnce();
    expect(await x.notice("sms")).toMatchObject({ status: "queued", attempts: 2 });
    seconds(60);
    await worker.runOnce();
    expect(await x.notice("sms")).toMatchObject({ status: "sent", lastError: null });
    expect(sms.sent.filter((m) => m.content.includes(x.code))).toHaveLength(1);
  });

  it("Zalo: an outage and a lost acknowledgement end in one message", async () => {
    const x = await received("0901111333", "a.zalo@example.vn");
    zalo.failNext = 1;
    zalo.retryAfterSeconds = 30;
    zalo.loseNextAck = 1;
    await worker.runOnce();
    expect(await x.notice("zalo")).toMatchObject({ status: "queued", attempts: 1 });
    seconds(31);
    await worker.runOnce();
    expect(await x.notice("zalo")).toMatchObject({ status: "queued", attempts: 2 });
    expect((await x.notice("zalo")).lastError).toMatch(/^ZNS 504/);
    seconds(60);
    await worker.runOnce();
    expect((await x.notice("zalo")).status).toBe("sent");
    expect(zalo.sent.filter((m) => m.data.ma_ho_so === x.code)).toHaveLength(1);
  });

  it("e-mail: the relay down, then the reply lost: the message sent again keeps its Message-ID and is kept once", async () => {
    const x = await received("0901111444", "a.mail@example.vn");
    smtp.failNext = 1;
    await worker.runOnce();
    expect(await x.notice("email")).toMatchObject({ status: "queued", attempts: 1 });
    expect((await x.notice("email")).lastError).toBe("SMTP 421");
    smtp.loseNextAck = 1;
    seconds(60);
    await worker.runOnce();
    expect(await x.notice("email")).toMatchObject({ status: "queued", attempts: 2 });
    const before = smtp.duplicates;
    seconds(60);
    await worker.runOnce();
    expect((await x.notice("email")).status).toBe("sent");
    expect(smtp.inbox.filter((m) => m.to.includes("a.mail@example.vn"))).toHaveLength(1);
    expect(smtp.duplicates).toBe(before + 1);
  });

  it("a message refused for good is a dead letter the administrator reads (contacts masked) and sends again", async () => {
    const s = await scenario(t);
    const admin = await s.as("admin", s.codes.province);
    // Accented text is refused by the SMS gateway (GSM 7-bit only): sending it again cannot help.
    const key = `test:${Date.now()}`;
    await t.db.transaction((tx) =>
      sendLater(tx, t.clock, "sms", key, { phone: "0901111555", content: "Hồ sơ đã có kết quả" }),
    );
    seconds(600);
    await worker.runOnce();
    const status = async () =>
      (
        (await (await admin.call("/api/outbox/status")).json()) as {
          channels: {
            channel: string;
            deadLetters: number;
            deadLetterList: { id: number; subject: string; reason: string; payload: object }[];
          }[];
        }
      ).channels.find((c) => c.channel === "sms")!;
    const dead = (await status()).deadLetterList.find((d) => d.subject === key)!;
    expect(dead.reason).toBe("SMS 99");
    expect(dead.payload).toEqual({ phone: "*******555", content: "Hồ sơ đã có kết quả" });
    // An officer may not; the administrator may.
    expect((await s.reception.call("/api/outbox/status")).status).toBe(403);
    const again = await admin.call(`/api/outbox/dead-letters/${dead.id}/resend`, {
      method: "POST",
    });
    expect(await again.json()).toMatchObject({ outcome: "queued", subject: key });
    expect((await status()).deadLetterList.some((d) => d.subject === key)).toBe(false);
    const bad = await admin.call("/api/outbox/dead-letters/abc/resend", { method: "POST" });
    expect(bad.status).toBe(400);
  });
});
