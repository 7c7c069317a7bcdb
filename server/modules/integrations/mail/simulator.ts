// A real SMTP server (smtp-server) standing for the province's mail relay in the demo and the
// tests: it requires authentication, refuses unknown users and oversized messages, and keeps
// what it received (the demo's mailbox, the tests' evidence), one copy per Message-ID as mail
// stores keep. Faults on demand: `failNext` answers 421 (the relay unavailable); `loseNextAck`
// takes the message but answers 451, as when the reply is lost and the sender must try again.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
  messageId: string | null;
}

export interface SmtpSimulator {
  host: string;
  port: number;
  user: string;
  pass: string;
  inbox: ReceivedMail[];
  /** Messages received again with a Message-ID already in the inbox (kept once). */
  duplicates: number;
  failNext: number;
  loseNextAck: number;
  stop(): Promise<void>;
}

export async function startSmtpSimulator(
  opts: { user?: string; pass?: string; maxBytes?: number } = {},
): Promise<SmtpSimulator> {
  const user = opts.user ?? "motcua";
  const pass = opts.pass ?? "relay-secret";
  const inbox: ReceivedMail[] = [];
  const faults = { duplicates: 0, failNext: 0, loseNextAck: 0 };
  const smtpError = (code: number, text: string) =>
    Object.assign(new Error(text), { responseCode: code });
  const server = new SMTPServer({
    logger: false,
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    authMethods: ["PLAIN", "LOGIN"],
    size: opts.maxBytes ?? 5 * 1024 * 1024,
    onAuth(auth, _session, cb) {
      if (auth.username === user && auth.password === pass) return cb(null, { user });
      cb(new Error("535 5.7.8 Authentication failed"));
    },
    onMailFrom(_address, _session, cb) {
      if (faults.failNext <= 0) return cb();
      faults.failNext--;
      cb(smtpError(421, "4.3.2 Service not available, try again later"));
    },
    onRcptTo(address, _session, cb) {
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address.address))
        return cb(new Error("550 5.1.1 Bad recipient"));
      cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        const messageId = /^message-id:\s*(<[^>\r\n]+>)/im.exec(raw)?.[1] ?? null;
        if (messageId && inbox.some((m) => m.messageId === messageId)) faults.duplicates++;
        else
          inbox.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((r) => r.address),
            raw,
            messageId,
          });
        if (faults.loseNextAck <= 0) return cb();
        faults.loseNextAck--;
        cb(smtpError(451, "4.4.2 Connection dropped before the reply"));
      });
    },
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  const { port } = server.server.address() as AddressInfo;
  return Object.assign(faults, {
    host: "127.0.0.1",
    port,
    user,
    pass,
    inbox,
    stop: () => new Promise<void>((r) => server.close(() => r())),
  });
}
