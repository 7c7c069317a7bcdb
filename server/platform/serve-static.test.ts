import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import type { Env } from "./http.ts";
import { serveWeb } from "./serve-static.ts";

describe("serving the built web application", () => {
  const dir = mkdtempSync(join(tmpdir(), "motcua-web-"));
  mkdirSync(join(dir, "assets"));
  const script = `console.log(${JSON.stringify("Xin chào ".repeat(400))});`;
  writeFileSync(join(dir, "index.html"), "<!doctype html><title>Motcua</title>");
  writeFileSync(join(dir, "assets/app-1234.js"), script);
  const app = new Hono<Env>().use("*", serveWeb(dir));

  it("gzips text assets for clients that accept it and caches hashed assets for good", async () => {
    const r = await app.request("/assets/app-1234.js", {
      headers: { "accept-encoding": "gzip, br" },
    });
    expect(r.headers.get("content-encoding")).toBe("gzip");
    expect(r.headers.get("cache-control")).toContain("immutable");
    expect(gunzipSync(Buffer.from(await r.arrayBuffer())).toString()).toBe(script);
    const plain = await app.request("/assets/app-1234.js");
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(await plain.text()).toBe(script);
  });

  it("answers client-side routes with index.html and never escapes the folder", async () => {
    const page = await app.request("/tra-cuu");
    expect(await page.text()).toContain("<title>Motcua</title>");
    const outside = await app.request("/../../etc/passwd");
    expect(await outside.text()).toContain("<title>Motcua</title>");
  });

  it("answers 404 for a missing asset or file, and serves a robots.txt that keeps crawlers off the API", async () => {
    expect((await app.request("/assets/app-9999.js")).status).toBe(404);
    expect((await app.request("/favicon.ico")).status).toBe(404);
    expect((await app.request("/assets/%E0%A4%A.js")).status).toBe(404);
    // Client-side routes whose codes hold dots are still the application's pages.
    expect((await app.request("/thu-tuc/1.000001")).status).toBe(200);
    expect((await app.request("/ho-so/H58.3-260302-0001")).status).toBe(200);
    const robots = await app.request("/robots.txt");
    expect(robots.status).toBe(200);
    expect(await robots.text()).toContain("Disallow: /api/");
  });
});
