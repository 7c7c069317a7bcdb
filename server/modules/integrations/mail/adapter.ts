// E-mail over SMTP (RFC 5321) with nodemailer: the province's mail relay, authenticated.
import nodemailer, { type Transporter } from "nodemailer";
import { DeliveryError } from "../http/delivery-error.ts";

export interface MailConfig {
  host: string;
  port: number;
  user: string;
  pass: string;
  from: string;
  /** Use TLS from the start (port 465); otherwise STARTTLS when the server offers it. */
  secure?: boolean;
}

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** A Message-ID fixed by the sender: a message sent again carries the same one, so mail stores
   * that keep one copy per Message-ID show it once. */
  messageId?: string;
}

export class Mailer {
  private readonly transport: Transporter;
  constructor(readonly config: MailConfig) {
    this.transport = nodemailer.createTransport({
      host: config.host,
      port: config.port,
      secure: config.secure ?? false,
      auth: { user: config.user, pass: config.pass },
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
  }

  /**
   * The message id; throws a DeliveryError with the SMTP reply code (never the address): a 5xx
   * other than an authentication failure (a setting, retried) is refused for good.
   */
  async send(m: Mail): Promise<string> {
    let info: { accepted?: unknown[]; messageId?: string };
    try {
      info = await this.transport.sendMail({ from: this.config.from, ...m });
    } catch (e) {
      const err = e as { responseCode?: number; code?: string };
      const reply = err.responseCode ?? 0;
      const permanent = reply >= 500 && reply !== 530 && reply !== 535;
      throw new DeliveryError(`SMTP ${reply || err.code || "error"}`, permanent);
    }
    if (!info.accepted?.length) throw new DeliveryError("SMTP recipient refused", true);
    return String(info.messageId);
  }

  close() {
    this.transport.close();
  }
}
