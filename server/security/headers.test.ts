// Every response carries the security headers; API answers are not cached; HSTS only over HTTPS;
// live streams are limited per client; problem members are never overwritten by extensions.

import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError, toProblem } from "../platform/errors.ts";
import type { Env } from "../platform/http.ts";
import { securityHeaders } from "../platform/security-headers.ts";
import { makeProvince } from "../test-support.ts";
import { loggedEnv } from "./logged-env.ts";

let env: Awaited<ReturnType<typeof loggedEnv>>;
let province: string;
beforeAll(async () => {
  env = await loggedEnv();
  province = (await makeProvince(env.db)).province;
}, 120_000);
afterAll(() => env.close());

describe("security headers", () => {
  it("are on answers, errors and problems alike; API answers are never cached", async () => {
    for (const path of ["/api/health", "/api/khong-co", "/api/dossiers", "/api/procedures?q=%00"]) {
      const r = await env.app.request(path);
      const csp = r.headers.get("content-security-policy") ?? "";
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain("unsafe-inline");
      expect(r.headers.get("referrer-policy")).toBe("no-referrer");
      expect(r.headers.get("x-content-type-options")).toBe("nosniff");
      expect(r.headers.get("x-frame-options")).toBe("DENY");
      expect(r.headers.get("cache-control")).toBe("no-store");
      expect(r.headers.get("strict-transport-security")).toBeNull();
    }
  });

  it("add HSTS when the server is configured for HTTPS", async () => {
    const app = new Hono<Env>()
      .use("*", securityHeaders({ https: true }))
      .get("/", (c) => c.text("ok"));
    const r = await app.request("/");
    expect(r.headers.get("strict-transport-security")).toContain("max-age=31536000");
  });
});

describe("live streams", () => {
  it("allow four streams per client address, refuse a fifth with 429, and free a slot on close", async () => {
    const open = () =>
      env.app.request(
        `/api/index/stream?unit=${province}`,
        {},
        { incoming: { socket: { remoteAddress: "203.0.113.80" } } },
      );
    const streams = [];
    for (let i = 0; i < 4; i++) {
      const r = await open();
      expect(r.status).toBe(200);
      streams.push(r);
    }
    const fifth = await open();
    expect(fifth.status).toBe(429);
    expect(((await fifth.json()) as { code: string }).code).toBe("http.too_many_streams");
    const other = await env.app.request(
      `/api/index/stream?unit=${province}`,
      {},
      { incoming: { socket: { remoteAddress: "203.0.113.81" } } },
    );
    expect(other.status).toBe(200);
    await other.body?.cancel();
    await streams[0].body?.cancel();
    await new Promise((r) => setTimeout(r, 50));
    const again = await open();
    expect(again.status).toBe(200);
    for (const s of [...streams.slice(1), again]) await s.body?.cancel();
  });
});

describe("problem documents (RFC 9457)", () => {
  it("keep type, title, status, detail and instance when an extension carries the same names", () => {
    const e = new AppError(
      "dossiers.version_conflict",
      "conflict",
      { vi: "Xung đột phiên bản", en: "Version conflict" },
      { extra: { status: 4, type: "x", title: "y", detail: "z", instance: "w", dossierStatus: 4 } },
    );
    const p = toProblem(e, "en", "/api/dossiers/X", "req-1");
    expect(p).toMatchObject({
      type: "https://motcua.gov.vn/problems/dossiers.version_conflict",
      title: "Version conflict",
      status: 409,
      detail: "Version conflict",
      instance: "/api/dossiers/X",
      dossierStatus: 4,
    });
  });
});
