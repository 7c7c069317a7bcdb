// Headers every response carries (OWASP ASVS 14.4): a Content Security Policy that allows only
// this origin's scripts and forbids framing, no referrer, no MIME sniffing, HSTS when served over
// HTTPS, and no caching of API answers (they carry personal data) unless a route says otherwise.
import type { MiddlewareHandler } from "hono";
import type { Env } from "./http.ts";

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export function securityHeaders(opts: { https: boolean }): MiddlewareHandler<Env> {
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    h.set("content-security-policy", CONTENT_SECURITY_POLICY);
    h.set("x-frame-options", "DENY");
    h.set("referrer-policy", "no-referrer");
    h.set("x-content-type-options", "nosniff");
    h.set("cross-origin-opener-policy", "same-origin");
    if (opts.https) h.set("strict-transport-security", "max-age=31536000; includeSubDomains");
    if (c.req.path.startsWith("/api/") && !h.has("cache-control"))
      h.set("cache-control", "no-store");
  };
}
