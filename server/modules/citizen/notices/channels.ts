// The notices' outbox channels: each calls its adapter with the notice's key as the receiver's
// idempotency key (SMS RequestId, Zalo tracking_id, the e-mail's Message-ID) and, once the
// receiver acknowledges, records the delivery on the notice. A channel without its adapter
// keeps its notices waiting.
import { createHash } from "node:crypto";
import type { Sql } from "../../../platform/db.ts";
import type { OutboxChannel, OutboxMessage } from "../../../platform/outbox.ts";
import type { Mailer, SmsGateway, ZaloNotifier } from "../../integrations/index.ts";
import { deliveryChannel } from "../outgoing.ts";

export interface NoticeChannels {
  mailer?: Mailer;
  sms?: SmsGateway;
  zalo?: ZaloNotifier;
}

async function markSent(tx: Sql, sent: OutboxMessage[], at: Date) {
  for (const m of sent)
    await tx.query(
      "UPDATE dossier_notices SET sent_at = $3, provider_id = $4 WHERE channel = $1 AND delivery_key = $2",
      [m.channel, m.subject, at, m.receipt ?? null],
    );
}

/** The same notice always carries the same Message-ID (a resend is recognised as one message). */
export function noticeMessageId(key: string, from: string): string {
  const domain = from.split("@")[1]?.replace(/[>\s]/g, "") || "motcua.invalid";
  return `<${createHash("sha256").update(key).digest("hex").slice(0, 32)}@${domain}>`;
}

export function noticeChannels(ch: NoticeChannels): OutboxChannel[] {
  const p = (m: OutboxMessage) => m.payload as Record<string, unknown>;
  return [
    deliveryChannel("email", {
      enabled: !!ch.mailer,
      onAccepted: markSent,
      sendOne: (m) =>
        ch.mailer!.send({
          to: String(p(m).to),
          subject: String(p(m).subject),
          text: String(p(m).text),
          messageId: noticeMessageId(m.subject, ch.mailer!.config.from),
        }),
    }),
    deliveryChannel("sms", {
      enabled: !!ch.sms,
      onAccepted: markSent,
      sendOne: (m) => ch.sms!.send(String(p(m).phone), String(p(m).content), m.subject),
    }),
    deliveryChannel("zalo", {
      enabled: !!ch.zalo,
      onAccepted: markSent,
      sendOne: (m) =>
        ch.zalo!.send(String(p(m).phone), p(m).data as Record<string, string>, m.subject),
    }),
  ];
}
