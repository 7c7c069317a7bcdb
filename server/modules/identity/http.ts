// Authentication middleware and helpers for every module's routes.
import type { MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import { clientAddress } from "../../platform/client-address.ts";
import type { CommandPorts } from "../../platform/command.ts";
import type { BaseDeps } from "../../platform/deps.ts";
import { AppError } from "../../platform/errors.ts";
import type { Ctx, Env } from "../../platform/http.ts";
import { type Actor, PUBLIC_ACTOR } from "./actor.ts";
import type { AgencyDirectory } from "./directory.ts";
import type { Action, Scope } from "./policy.ts";
import { resolveSession, type SessionInfo } from "./sessions.ts";

export const SESSION_COOKIE = "motcua_session";
export const CSRF_HEADER = "x-csrf-token";

export interface IdentityDeps extends BaseDeps {
  agencies: AgencyDirectory;
}

/** The command helper's ports (server/platform/command.ts), plugged by the composition root. */
export type Commands = CommandPorts<Actor, Action, Scope>;

/** The dependencies of routes that run commands. */
export interface WithCommands {
  commands: Commands;
}

export function actorOf(c: Ctx): Actor {
  return (c.get("actor") as Actor | undefined) ?? PUBLIC_ACTOR;
}

export function sessionOf(c: Ctx): SessionInfo | undefined {
  return c.get("session") as SessionInfo | undefined;
}

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Resolves the session cookie to an actor (public when absent or expired) and, for every unsafe
 * method of a signed-in session, checks the CSRF token (synchroniser token in a header).
 */
export function authenticate(deps: IdentityDeps): MiddlewareHandler<Env> {
  return async (c, next) => {
    const cookie = getCookie(c, SESSION_COOKIE);
    let actor: Actor = { ...PUBLIC_ACTOR };
    if (cookie) {
      const s = await resolveSession(deps.db, deps.clock, cookie);
      if (s) {
        actor = s.actor;
        c.set("session", s);
      } else c.set("sessionExpired", true);
    }
    c.set("clientIp", clientAddress(c, deps.config.trustedProxies));
    actor.ip = clientIp(c);
    actor.requestId = c.get("requestId");
    c.set("actor", actor);
    const session = c.get("session") as SessionInfo | undefined;
    if (session && UNSAFE.has(c.req.method) && c.req.header(CSRF_HEADER) !== session.csrf)
      throw new AppError("identity.csrf", "forbidden", {
        vi: "Thiếu hoặc sai mã chống giả mạo yêu cầu (CSRF). Hãy tải lại trang.",
        en: "Missing or wrong anti-forgery (CSRF) token. Reload the page.",
      });
    await next();
  };
}

/** For routes that need a signed-in user: 401 with a clear reason when the session expired. */
export function requireUser(c: Ctx): Actor {
  const a = actorOf(c);
  if (a.kind === "user") return a;
  if (c.get("sessionExpired"))
    throw new AppError("identity.session_expired", "unauthenticated", {
      vi: "Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.",
      en: "Your session has expired. Please sign in again.",
    });
  throw new AppError("identity.unauthenticated", "unauthenticated", {
    vi: "Cần đăng nhập để thực hiện thao tác này.",
    en: "You must sign in to do this.",
  });
}

/** The client's address as the authentication middleware resolved it (trusted proxies only). */
export function clientIp(c: Ctx): string {
  const resolved = c.get("clientIp") as string | undefined;
  if (resolved) return resolved;
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? "unknown";
}
