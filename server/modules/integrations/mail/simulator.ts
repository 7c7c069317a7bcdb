// A real SMTP server (smtp-server) standing for the province's mail relay in the demo and the
// tests: it requires authentication, refuses unknown users and oversized messages, and keeps
// what it received (the demo's mailbox, the tests' evidence).
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

export interface SmtpSimulator {
  host: string;
  port: number;
  user: string;
  pass: string;
  inbox: ReceivedMail[];
  stop(): Promise<void>;
}

export async function startSmtpSimulator(
  opts: { user?: string; pass?: string; maxBytes?: number } = {},
): Promise<SmtpSimulator> {
  const user = opts.user ?? "motcua";
  const pass = opts.pass ?? "relay-secret";
  const inbox: ReceivedMail[] = [];
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
    onRcptTo(address, _session, cb) {
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address.address))
        return cb(new Error("550 5.1.1 Bad recipient"));
      cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        inbox.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        cb();
      });
    },
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  const { port } = server.server.address() as AddressInfo;
  return {
    host: "127.0.0.1",
    port,
    user,
    pass,
    inbox,
    stop: () => new Promise<void>((r) => server.close(() => r())),
  };
}
