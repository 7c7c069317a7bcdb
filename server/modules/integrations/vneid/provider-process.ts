// A local OpenID Connect provider standing for the national identity (VNeID) in the demo and
// the tests: oidc-provider with the demo citizens, a sign-in page that checks the personal ID
// number and password, authorization code flow with PKCE. Run as its own process; prints
// "VNEID_ISSUER=<url>" once it listens on 127.0.0.1 and a free port.
import { createHash, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";
import { DEMO_CITIZENS } from "./citizens.ts";

const env = process.env;
const redirectUris = (env.VNEID_REDIRECT_URIS ?? "").split(",").filter(Boolean);
const clientId = env.VNEID_CLIENT_ID ?? "motcua";
const clientSecret = env.VNEID_CLIENT_SECRET ?? "";

/** The subject is pairwise-like and opaque; the personal ID is a claim of its own. */
const subOf = (id: string) => createHash("sha256").update(`vneid:${id}`).digest("hex").slice(0, 32);
const bySub = new Map(DEMO_CITIZENS.map((c) => [subOf(c.personalId), c]));

let handler: (req: IncomingMessage, res: ServerResponse) => void = (_q, r) => r.end();
const server = createServer((req, res) => handler(req, res));
server.listen(0, "127.0.0.1", () => {
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: redirectUris,
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    cookies: { keys: [randomBytes(32).toString("hex")] },
    claims: {
      openid: ["sub"],
      profile: ["name", "birthdate", "gender", "personal_id", "address"],
      phone: ["phone_number"],
      email: ["email"],
    },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx, sub) {
      const c = bySub.get(sub);
      if (!c) return undefined;
      return {
        accountId: sub,
        async claims() {
          return {
            sub,
            name: c.name,
            birthdate: c.birthdate,
            gender: c.gender,
            personal_id: c.personalId,
            address: { formatted: c.address },
            phone_number: c.phone,
            email: c.email,
          };
        },
      };
    },
  });
  const oidc = provider.callback();
  handler = (req, res) => {
    const m = /^\/interaction\/([\w-]+)(\/login)?$/.exec(req.url?.split("?")[0] ?? "");
    if (!m) return oidc(req, res);
    interaction(provider, req, res, Boolean(m[2])).catch(() => {
      res.writeHead(400, { "content-type": "text/plain; charset=utf-8" });
      res.end("Phiên đăng nhập không hợp lệ / invalid sign-in session");
    });
  };
  process.stdout.write(`VNEID_ISSUER=${issuer}\n`);
});

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

const page = (
  uid: string,
  error = "",
) => `<!doctype html><html lang="vi"><head><meta charset="utf-8">
<title>VNeID — Đăng nhập</title><style>body{font-family:system-ui,sans-serif;max-width:26rem;margin:3rem auto;padding:0 1rem}
label,input,button{display:block;width:100%;margin:.4rem 0}input{padding:.5rem;font-size:1rem}button{padding:.6rem;font-size:1rem}
.err{color:#b00020}</style></head><body><h1>Định danh điện tử VNeID</h1>
<p>Đăng nhập để sử dụng dịch vụ công (môi trường mô phỏng).</p>${error ? `<p class="err" role="alert">${error}</p>` : ""}
<form method="post" action="/interaction/${uid}/login">
<label for="id">Số định danh cá nhân</label><input id="id" name="personalId" inputmode="numeric" autocomplete="username" required>
<label for="pw">Mật khẩu</label><input id="pw" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Đăng nhập</button></form></body></html>`;

async function interaction(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  submit: boolean,
) {
  const details = await provider.interactionDetails(req, res);
  const send = (status: number, html: string) => {
    res.writeHead(status, {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
    });
    res.end(html);
  };
  if (details.prompt.name === "consent") {
    // The relying party is the province's own service: consent is implied by signing in.
    const grant = details.grantId
      ? await provider.Grant.find(details.grantId)
      : new provider.Grant({
          accountId: details.session?.accountId,
          clientId: String(details.params.client_id),
        });
    if (!grant) throw new Error("no grant");
    grant.addOIDCScope(String(details.params.scope ?? "openid"));
    const grantId = await grant.save();
    return provider.interactionFinished(
      req,
      res,
      { consent: { grantId } },
      { mergeWithLastSubmission: true },
    );
  }
  if (!submit) return send(200, page(details.uid));
  const form = await readForm(req);
  const c = DEMO_CITIZENS.find((x) => x.personalId === form.get("personalId")?.trim());
  if (!c || c.password !== form.get("password"))
    return send(401, page(details.uid, "Số định danh hoặc mật khẩu không đúng."));
  return provider.interactionFinished(
    req,
    res,
    { login: { accountId: subOf(c.personalId) } },
    { mergeWithLastSubmission: false },
  );
}
