import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeProvince, makeUser, signIn, type TestEnv, testEnv } from "../../test-support.ts";

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
});
afterAll(() => env.close());

describe("sign-in, sessions and request hygiene", () => {
  it("signs in, shows the user, and refuses a forged CSRF token", async () => {
    const codes = await makeProvince(env.db);
    const u = await makeUser(env.db, [{ role: "admin", agencyCode: codes.province }]);
    const s = await signIn(env.app, u.username);
    const me = await s.call("/api/auth/me");
    expect(me.status).toBe(200);
    expect(((await me.json()) as { username: string }).username).toBe(u.username);
    const forged = await s.call("/api/auth/agency", {
      method: "POST",
      body: { agencyCode: codes.province },
      headers: { "x-csrf-token": "forged" },
    });
    expect(forged.status).toBe(403);
    expect(((await forged.json()) as { code: string }).code).toBe("identity.csrf");
  });

  it("answers a wrong password, malformed JSON, unknown fields and wrong types with 4xx problem+json naming the field", async () => {
    const bad = await env.app.request("/api/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "khongco", password: "x" }),
    });
    expect(bad.status).toBe(401);
    expect(bad.headers.get("content-type")).toContain("application/problem+json");
    const malformed = await env.app.request("/api/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{nope",
    });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { code: string }).code).toBe("http.malformed_json");
    const unknown = await env.app.request("/api/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "a", password: "b", admin: true }),
    });
    const p = (await unknown.json()) as { errors: { field: string; vi: string }[] };
    expect(unknown.status).toBe(400);
    expect(p.errors[0].field).toBe("admin");
    const wrongType = await env.app.request("/api/auth/login?lang=en", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: 5, password: "b" }),
    });
    const w = (await wrongType.json()) as { errors: { field: string }[]; title: string };
    expect(w.errors[0].field).toBe("username");
    expect(w.title).toMatch(/Invalid input/);
  });

  it("refuses an oversized body with 413 and a bad cookie as signed out", async () => {
    const big = await env.app.request("/api/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "a".repeat(2_000_000), password: "b" }),
    });
    expect(big.status).toBe(413);
    // A file route takes a file over the JSON limit: a scanned draft result of 2 MiB passes the
    // size check and meets the sign-in check next (the result document's limit is 20 MiB).
    for (const route of ["result-draft", "result-file"]) {
      const scan = await env.app.request(`/api/dossiers/X-1/${route}`, {
        method: "POST",
        headers: { "content-type": "application/pdf" },
        body: new Uint8Array(2 * 1024 * 1024),
      });
      expect(`${route} ${scan.status}`).toBe(`${route} 401`);
    }
    const me = await env.app.request("/api/auth/me", {
      headers: { cookie: "motcua_session=garbage-cookie-value-that-is-long" },
    });
    expect(me.status).toBe(401);
    expect(((await me.json()) as { code: string }).code).toBe("identity.session_expired");
  });

  it("expires an idle session", async () => {
    const codes = await makeProvince(env.db);
    const u = await makeUser(env.db, [{ role: "handler", agencyCode: codes.communeA }]);
    const s = await signIn(env.app, u.username);
    env.clock.advance(3 * 3600_000);
    const me = await s.call("/api/auth/me");
    expect(me.status).toBe(401);
    env.clock.advance(-3 * 3600_000);
  });

  it("serves health and an OpenAPI 3.1 document", async () => {
    const h = await env.app.request("/api/health");
    expect(((await h.json()) as { status: string }).status).toBe("ok");
    const doc = (await (await env.app.request("/api/openapi.json")).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.paths["/api/auth/login"]).toBeDefined();
  });
});
