// The senders of the notices' channels: each calls its adapter and records the delivery on the
// notice; a refusal throws (the job retries with backoff; its last error names no address).
import type { Mailer, SmsGateway, ZaloNotifier } from "../../integrations/index.ts";
import type { OutChannel, Sender } from "../outgoing.ts";

export interface NoticeChannels {
  mailer?: Mailer;
  sms?: SmsGateway;
  zalo?: ZaloNotifier;
}

export function noticeSenders(ch: NoticeChannels): Partial<Record<OutChannel, Sender>> {
  const mark =
    (send: (p: Record<string, unknown>, key: string) => Promise<string>): Sender =>
    async (out, ctx) => {
      const providerId = await send(out.payload, out.key);
      await ctx.tx.query(
        "UPDATE dossier_notices SET sent_at = $2, provider_id = $3 WHERE job_id = $1",
        [ctx.jobId, ctx.clock.now(), providerId],
      );
    };
  const none =
    (what: string): Sender =>
    async () => {
      throw new Error(`no ${what} connected`);
    };
  return {
    email: ch.mailer
      ? mark((p) =>
          ch.mailer!.send({ to: String(p.to), subject: String(p.subject), text: String(p.text) }),
        )
      : none("mail relay"),
    sms: ch.sms
      ? mark((p, key) => ch.sms!.send(String(p.phone), String(p.content), key))
      : none("SMS gateway"),
    zalo: ch.zalo
      ? mark((p, key) => ch.zalo!.send(String(p.phone), p.data as Record<string, string>, key))
      : none("Zalo account"),
  };
}
