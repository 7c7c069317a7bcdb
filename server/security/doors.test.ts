// The doors: sign-in throttled without lock-outs or username hints, forwarded addresses believed
// only from configured proxies, common passwords refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeProvince, makeUser, signIn, TEST_PASSWORD } from "../test-support.ts";
import { loggedEnv } from "./logged-env.ts";

let env: Awaited<ReturnType<typeof loggedEnv>>;
let behindProxy: Awaited<ReturnType<typeof loggedEnv>>;
beforeAll(async () => {
  env = await loggedEnv();
  behindProxy = await loggedEnv({ MOTCUA_TRUSTED_PROXIES: "10.9.0.0/16" });
}, 120_000);
afterAll(async () => {
  await env.close();
  await behindProxy.close();
});

const fromSocket = (peer: string) => ({ incoming: { socket: { remoteAddress: peer } } });

async function login(
  app: typeof env.app,
  username: string,
  password: string,
  peer: string,
  forwarded?: string,
) {
  const res = await app.request(
    "/api/auth/login",
    {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(forwarded ? { "x-forwarded-for": forwarded } : {}),
      },
      body: JSON.stringify({ username, password }),
    },
    fromSocket(peer),
  );
  const body = (await res.json()) as { code?: string; detail?: string };
  return { status: res.status, code: body.code, detail: body.detail };
}

describe("sign-in", () => {
  it("throttles one address after five wrong passwords, with the wrong-password answer, and never locks the officer out", async () => {
    const codes = await makeProvince(env.db);
    const u = await makeUser(env.db, [{ role: "handler", agencyCode: codes.communeA }]);
    const wrong = await login(env.app, u.username, "sai-mat-khau-1", "203.0.113.1");
    expect(wrong).toMatchObject({ status: 401, code: "identity.bad_credentials" });
    for (let i = 0; i < 4; i++) await login(env.app, u.username, "sai-mat-khau-1", "203.0.113.1");
    // The attacker's address now gets the same answer even with the right password…
    expect(await login(env.app, u.username, TEST_PASSWORD, "203.0.113.1")).toEqual(wrong);
    // …while the officer, elsewhere, signs in.
    expect((await login(env.app, u.username, TEST_PASSWORD, "198.51.100.7")).status).toBe(200);
    // The wait is short and grows: 30 s after the fifth failure the address may try again.
    env.clock.advance(31_000);
    expect((await login(env.app, u.username, TEST_PASSWORD, "203.0.113.1")).status).toBe(200);
    env.clock.advance(-31_000);
  });

  it("answers an unknown username exactly as a known one, throttled or not", async () => {
    const codes = await makeProvince(env.db);
    const u = await makeUser(env.db, [{ role: "handler", agencyCode: codes.communeA }]);
    const seq = async (username: string, peer: string) => {
      const out = [];
      for (let i = 0; i < 7; i++) out.push(await login(env.app, username, "sai-mat-khau-2", peer));
      return out;
    };
    expect(await seq("khong-ton-tai-x", "203.0.113.2")).toEqual(
      await seq(u.username, "203.0.113.3"),
    );
  });

  it("lets the right password in while a username is attacked from many addresses (slowed, not locked)", async () => {
    const codes = await makeProvince(env.db);
    const u = await makeUser(env.db, [{ role: "handler", agencyCode: codes.communeA }]);
    for (let i = 0; i < 21; i++)
      await login(env.app, u.username, "sai-mat-khau-3", `203.0.114.${i}`);
    const started = Date.now();
    expect((await login(env.app, u.username, TEST_PASSWORD, "198.51.100.8")).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });
});

describe("forwarded addresses", () => {
  it("ignores X-Forwarded-For from an untrusted peer: a forged header does not escape the address limit", async () => {
    const statuses = [];
    for (let i = 0; i < 11; i++)
      statuses.push(
        (await login(env.app, `khach${i}`, "sai-mat-khau-4", "203.0.113.50", `10.0.0.${i}`)).status,
      );
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it("reads the client from X-Forwarded-For when the peer is a configured proxy", async () => {
    const statuses = [];
    for (let i = 0; i < 11; i++)
      statuses.push(
        (
          await login(
            behindProxy.app,
            `khach${i}`,
            "sai-mat-khau-5",
            "10.9.0.1",
            `203.0.113.${60 + i}`,
          )
        ).status,
      );
    expect(statuses.every((s) => s === 401)).toBe(true);
    // A client behind the proxy cannot forge its own hop: the rightmost untrusted address counts.
    const forged = [];
    for (let i = 0; i < 11; i++)
      forged.push(
        (
          await login(
            behindProxy.app,
            `khach${i}`,
            "sai-mat-khau-5",
            "10.9.0.1",
            `1.1.1.${i}, 203.0.113.99`,
          )
        ).status,
      );
    expect(forged[10]).toBe(429);
  });
});

describe("password policy", () => {
  it("refuses common passwords, the username inside the password, and short ones", async () => {
    const codes = await makeProvince(env.db);
    const admin = await makeUser(env.db, [{ role: "admin", agencyCode: codes.province }]);
    const s = await signIn(env.app, admin.username);
    const create = (username: string, password: string) =>
      s.call("/api/users?lang=en", {
        method: "POST",
        body: {
          username,
          fullName: "Lê Văn Bình",
          password,
          grants: [{ role: "handler", agencyCode: codes.communeA }],
        },
      });
    for (const [name, pw] of [
      ["le.binh1", "matkhau123"],
      ["le.binh2", "Password123"],
      ["le.binh3", "xx-le.binh3-xx"],
      ["le.binh4", "ngan"],
      ["le.binh5", "aaaaaaaaaaaa"],
    ]) {
      const r = await create(name, pw);
      expect(r.status, pw).toBe(400);
      expect(((await r.json()) as { code: string }).code).toBe("identity.weak_password");
    }
    expect((await create("le.binh6", "ba-con-meo-tren-mai-nha")).status).toBe(200);
  });
});
