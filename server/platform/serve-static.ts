// Serves the built web application (dist/web) with long caching for hashed assets and the SPA
// fallback to index.html for client-side routes.
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";
import type { MiddlewareHandler } from "hono";
import type { Env } from "./http.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".woff2": "font/woff2",
  ".map": "application/json",
};

/** Crawlers may index the public pages, never the API. */
export const ROBOTS = "User-agent: *\nDisallow: /api/\n";

export function serveWeb(dir: string): MiddlewareHandler<Env> {
  // Files are read once per modification time and kept with a gzip copy for text types.
  const cache = new Map<string, { body: Buffer; gz: Buffer | null; type: string; mtime: number }>();
  const load = (file: string) => {
    const mtime = statSync(file).mtimeMs;
    let hit = cache.get(file);
    if (!hit || hit.mtime !== mtime) {
      const body = readFileSync(file);
      const type = TYPES[extname(file)] ?? "application/octet-stream";
      const gz =
        /^(text\/|application\/json|image\/svg)/.test(type) && body.length > 1024
          ? gzipSync(body)
          : null;
      hit = { body, gz, type, mtime };
      cache.set(file, hit);
    }
    return hit;
  };
  return async (c, next) => {
    if (c.req.method !== "GET" && c.req.method !== "HEAD") return next();
    const path = c.req.path;
    if (path.startsWith("/api/")) return next();
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      return c.text("Not found", 404);
    }
    const rel = normalize(decoded).replace(/^(\.\.[/\\])+/, "");
    const file = join(dir, rel);
    const isFile = file.startsWith(dir) && existsSync(file) && statSync(file).isFile();
    if (!isFile && rel === "/robots.txt")
      return c.text(ROBOTS, 200, { "cache-control": "public, max-age=86400" });
    // A missing file (an asset, robots.txt, favicon…) is a 404, not the application's page: only
    // client-side routes (no file extension) fall back to index.html.
    if (!isFile && (rel.startsWith("/assets/") || /\.[A-Za-z][A-Za-z0-9]{0,4}$/.test(rel)))
      return c.text("Not found", 404);
    const target = isFile ? file : join(dir, "index.html");
    if (!existsSync(target)) return next();
    const { body, gz, type } = load(target);
    const immutable = isFile && rel.includes("/assets/");
    const useGz = gz !== null && /\bgzip\b/.test(c.req.header("accept-encoding") ?? "");
    return c.body(new Uint8Array(useGz ? gz : body), 200, {
      "content-type": type,
      "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
      "x-content-type-options": "nosniff",
      vary: "accept-encoding",
      ...(useGz ? { "content-encoding": "gzip" } : {}),
    });
  };
}
