import { type ServerType, serve } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routesBeside } from "../../test-support.ts";
import { dossierRoutes } from "../dossiers/index.ts";
import { type DossierTestEnv, dossierTestEnv, scenario } from "../dossiers/test-env.ts";
import {
  DEMO_CITIZENS,
  startVneidProvider,
  VneidClient,
  type VneidProcess,
} from "../integrations/index.ts";
import { type CitizenDeps, citizenRoutes } from "./index.ts";

let t: DossierTestEnv;
let idp: VneidProcess;
let server: ServerType;
let base: string;

beforeAll(async () => {
  t = await dossierTestEnv("2026-03-02T02:00:00Z");
  server = serve({ fetch: (r) => front.fetch(r), port: 0, hostname: "127.0.0.1" });
  await new Promise((r) => server.once("listening", r));
  const addr = server.address();
  base = `http://127.0.0.1:${typeof addr === "object" && addr ? addr.port : 0}`;
  idp = await startVneidProvider({
    redirectUris: [`${base}/api/citizen/callback`],
    clientId: "motcua-test",
    clientSecret: "client-secret-for-tests",
  });
}, 120_000);
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await idp.stop();
  await t.close();
});

let deps: CitizenDeps;
const front = {
  fetch: (r: Request) => {
    deps ??= {
      ...t.deps,
      vneid: new VneidClient(() => ({
        issuer: idp.issuer,
        clientId: "motcua-test",
        clientSecret: "client-secret-for-tests",
      })),
    };
    app ??= routesBeside(t, deps, (a) => {
      citizenRoutes(a, deps);
      dossierRoutes(a, deps);
    });
    return app.fetch(r);
  },
};
let app: ReturnType<typeof routesBeside>;

/** A browser's walk through redirects, keeping each site's cookies. */
async function browse(start: string, form?: Record<string, string>) {
  const jar = new Map<string, Map<string, string>>();
  let url = start;
  let body: URLSearchParams | undefined;
  let last: Response | undefined;
  const submit = async (u: string, f: Record<string, string>) => {
    url = u;
    body = new URLSearchParams(f);
    return walk();
  };
  const walk = async () => {
    for (let i = 0; i < 20; i++) {
      const host = new URL(url).host;
      const cookies = jar.get(host) ?? new Map<string, string>();
      const res = await fetch(url, {
        method: body ? "POST" : "GET",
        redirect: "manual",
        headers: {
          cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join("; "),
          ...(body ? { "content-type": "application/x-www-form-urlencoded" } : {}),
        },
        body,
      });
      body = undefined;
      for (const sc of res.headers.getSetCookie()) {
        const [pair] = sc.split(";");
        const at = pair.indexOf("=");
        cookies.set(pair.slice(0, at), pair.slice(at + 1));
      }
      jar.set(host, cookies);
      last = res;
      const to = res.headers.get("location");
      if (!to || res.status < 300 || res.status >= 400) return res;
      url = new URL(to, url).href;
    }
    return last!;
  };
  const first = await walk();
  return { first, jar, url: () => url, submit, cookieFor: (host: string) => jar.get(host), form };
}

async function signIn(personalId: string, password: string) {
  const b = await browse(`${base}/api/citizen/login?returnTo=/ho-so-cua-toi`);
  expect(b.first.status).toBe(200);
  const page = await b.first.text();
  expect(page).toContain("Số định danh cá nhân");
  const action = /action="([^"]+)"/.exec(page)![1];
  const done = await b.submit(new URL(action, b.url()).href, { personalId, password });
  return { b, done };
}

describe("sign-in with VNeID", () => {
  it("signs a demo citizen in through the OpenID provider and marks their online dossier vneidVerified", async () => {
    const s = await scenario(t);
    const who = DEMO_CITIZENS[0];
    const { b } = await signIn(who.personalId, who.password);
    // Back from VNeID, the citizen lands on "my dossiers".
    expect(new URL(b.url()).pathname).toBe("/ho-so-cua-toi");
    const cookie = `motcua_citizen=${b.cookieFor(new URL(base).host)!.get("motcua_citizen")}`;
    const me = await (await fetch(`${base}/api/citizen/me`, { headers: { cookie } })).json();
    expect(me).toMatchObject({
      signedIn: true,
      personalId: who.personalId,
      name: who.name,
      phone: who.phone,
    });
    const sub = await fetch(`${base}/api/citizen/dossiers`, {
      method: "POST",
      headers: { cookie, "content-type": "application/json" },
      body: JSON.stringify({
        procedure: s.proc.code,
        // The name and ID given are replaced by what VNeID asserted.
        applicant: { name: "Ai đó khác", idNumber: "000000000000", communeCode: s.codes.communeA },
      }),
    });
    expect(sub.status).toBe(200);
    const { code } = (await sub.json()) as { code: string };
    const view = await (await s.reception.call(`/api/dossiers/${code}`)).json();
    expect(view).toMatchObject({
      vneidVerified: true,
      applicant: { name: who.name, idNumber: who.personalId },
    });
    const mine = (await (
      await fetch(`${base}/api/citizen/dossiers`, { headers: { cookie } })
    ).json()) as { dossiers: { code: string }[] };
    expect(mine.dossiers.map((d: { code: string }) => d.code)).toContain(code);
    // Signed out, the session no longer opens "my dossiers".
    await fetch(`${base}/api/citizen/logout`, { method: "POST", headers: { cookie } });
    expect((await fetch(`${base}/api/citizen/dossiers`, { headers: { cookie } })).status).toBe(401);
  });

  it("refuses a wrong password at the identity provider, and a replayed callback", async () => {
    const who = DEMO_CITIZENS[1];
    const { done } = await signIn(who.personalId, "not-the-password");
    expect(done.status).toBe(401);
    expect(await done.text()).toContain("không đúng");
    const replay = await fetch(`${base}/api/citizen/callback?code=abc&state=never-issued`);
    expect(replay.status).toBe(400);
  });
});
