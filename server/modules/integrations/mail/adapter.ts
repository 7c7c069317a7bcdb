// E-mail over SMTP (RFC 5321) with nodemailer: the province's mail relay, authenticated.
import nodemailer, { type Transporter } from "nodemailer";

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

  /** The relay's message id; throws with the SMTP reply code (never the address) on refusal. */
  async send(m: Mail): Promise<string> {
    try {
      const info = await this.transport.sendMail({ from: this.config.from, ...m });
      if (!info.accepted?.length) throw new Error("recipient refused");
      return String(info.messageId);
    } catch (e) {
      const err = e as { responseCode?: number; code?: string };
      throw new Error(`SMTP ${err.responseCode ?? err.code ?? "error"}`);
    }
  }

  close() {
    this.transport.close();
  }
}
