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
} from "../integrations/index.ts";
import { noticesProjector } from "./index.ts";
import { noticeChannels } from "./notices/channels.ts";

let t: DossierTestEnv;
let smtp: SmtpSimulator;
let sms: SmsSimulator;

beforeAll(async () => {
  t = await dossierTestEnv("2026-03-02T02:00:00Z");
  smtp = await startSmtpSimulator();
  sms = await startSmsSimulator();
  t.deps.projectors?.push(
    noticesProjector(t.clock, {
      publicUrl: () => "https://dichvucong.example.vn",
      procedureName: async () => "Đăng ký khai sinh",
    }),
  );
  // The notices' route is the full app's (the test app passes unknown routes to it).
});
afterAll(async () => {
  await smtp.stop();
  await sms.stop();
  await t.close();
});

const worker = (pass: string) =>
  new OutboxWorker(
    t.db,
    t.clock,
    createLogger("silent"),
    noticeChannels({
      mailer: new Mailer({
        host: smtp.host,
        port: smtp.port,
        user: smtp.user,
        pass,
        from: "motcua@tinh.example.vn",
      }),
      sms: new SmsGateway({
        url: sms.url,
        apiKey: sms.apiKey,
        secretKey: sms.secretKey,
        brandname: sms.brandname,
      }),
    }),
  );

describe("notices to the applicant", () => {
  it("tells the applicant by e-mail and SMS that the dossier was received, with its code and look-up secret", async () => {
    const s = await scenario(t);
    const email = "binh.tran@example.vn";
    const r = await intake(s.reception, s.codes.communeA, s.proc.code, {
      applicant: {
        name: "Trần Thị Bình",
        idNumber: "079123456789",
        phone: "0901234567",
        email,
        notify: ["email", "sms"],
      },
    });
    expect(r.status).toBe(200);
    const { code } = r.body.dossier;
    const secret = r.body.secret as string;
    const list = async () =>
      (await (await s.reception.call(`/api/dossiers/${code}/notices`)).json()) as {
        notices: {
          kind: string;
          channel: string;
          status: string;
          attempts: number;
          lastError: string | null;
        }[];
      };
    // Recorded with the reception, not yet sent.
    expect((await list()).notices.map((n) => [n.kind, n.channel, n.status])).toEqual([
      ["received", "email", "queued"],
      ["received", "sms", "queued"],
    ]);
    // The relay refuses a wrong password: the notice waits for its retry; the error names no address.
    await worker("wrong-password").runOnce();
    const waiting = (await list()).notices.find((n) => n.channel === "email")!;
    expect(waiting).toMatchObject({ status: "queued", attempts: 1 });
    expect(waiting.lastError).toMatch(/^SMTP 535/);
    expect(waiting.lastError).not.toContain(email);
    t.clock.set(new Date(t.clock.now().getTime() + 60_000));
    await worker(smtp.pass).runOnce();
    expect((await list()).notices.map((n) => n.status)).toEqual(["sent", "sent"]);
    const mail = smtp.inbox.find((m) => m.to.includes(email))!;
    expect(mail.raw).toContain(code);
    expect(mail.raw).toContain(secret);
    const text = sms.sent.find((m) => m.phone === "0901234567")!.content;
    expect(text).toContain(`Ho so ${code}`);
    expect(text).toContain(secret);
    // Nothing is sent twice.
    expect(sms.sent.filter((m) => m.content.includes(code))).toHaveLength(1);
  });

  it("asks for the fee, in English when the applicant chose it, only on the channels given", async () => {
    const s = await scenario(t);
    const r = await intake(s.reception, s.codes.communeA, s.proc.code, {
      applicant: { name: "Lê Văn An", phone: "0912000111", lang: "en", notify: ["sms"] },
    });
    const { code } = r.body.dossier;
    const pay = await s.handler.call(`/api/dossiers/${code}/actions/request-payment?lang=en`, {
      method: "POST",
      body: { version: r.body.dossier.version, fees: [{ name: "Lệ phí", amount: 8000 }] },
    });
    expect(pay.status).toBe(200);
    await worker(smtp.pass).runOnce();
    const mine = sms.sent.filter((m) => m.phone === "0912000111").map((m) => m.content);
    expect(mine).toHaveLength(2);
    expect(mine[1]).toContain(`Dossier ${code} (Dang ky khai sinh) has a fee of 8.000`);
    expect(mine[1]).toContain(`/thanh-toan?ma=${code}`);
  });
});
