import { deleteCookie, setCookie } from "hono/cookie";
import {
  agenciesAnswer,
  agency,
  agencyChangedAnswer,
  agencyHistoryAnswer,
  loginAnswer,
  loginBody,
  logoutAnswer,
  meAnswer,
  mergeAgencyBody,
  newAgencyBody,
  newUserAnswer,
  newUserBody,
  renameAgencyBody,
  rolesAnswer,
  switchAgencyAnswer,
  switchAgencyBody,
  usersAnswer,
} from "../../../shared/contracts/identity.ts";
import { commandsOn } from "../../platform/command.ts";
import { AppError } from "../../platform/errors.ts";
import { type Api, langOf, param } from "../../platform/http.ts";
import { RateLimiter } from "../../platform/rate-limit.ts";
import { record } from "../audit/index.ts";
import { agencyHistory, insertAgency, mergeAgency, renameAgency } from "./agencies.ts";
import {
  actorOf,
  clientIp,
  type IdentityDeps,
  requireUser,
  SESSION_COOKIE,
  sessionOf,
  type WithCommands,
} from "./http.ts";
import { ROLE_NAMES, ROLES } from "./roles.ts";
import {
  badCredentials,
  login,
  recordFailedLogin,
  revokeSession,
  switchAgency,
} from "./sessions.ts";
import { SignInThrottle } from "./sign-in-throttle.ts";
import { insertUser, listUsers } from "./users.ts";

export function identityRoutes(api: Api, deps: IdentityDeps & WithCommands) {
  const { db, clock } = deps;
  const command = commandsOn(api, deps.commands);
  // 10 attempts a minute per client address, whatever the username (OWASP ASVS 2.2.1); per
  // username, a throttle that slows and never locks (sign-in-throttle.ts).
  const perIp = new RateLimiter(10, 60_000);
  const throttle = new SignInThrottle();

  api.route(
    {
      method: "post",
      path: "/api/auth/login",
      summary: "Đăng nhập / Sign in",
      tag: "identity",
      auth: false,
      body: loginBody,
      response: loginAnswer,
    },
    async (c, { body }) => {
      const ip = clientIp(c);
      const username = body.username.toLowerCase();
      if (!perIp.hit(ip))
        throw new AppError("identity.too_many_attempts", "rate_limited", {
          vi: "Quá nhiều lần đăng nhập. Vui lòng chờ một phút rồi thử lại.",
          en: "Too many sign-in attempts. Wait a minute and try again.",
        });
      const now = clock.now().getTime();
      // A throttled address gets the wrong-password answer, unchecked (no lock-out, no hint).
      if (!throttle.mayTry(username, ip, now)) throw badCredentials();
      await throttle.slowDown(username, now);
      const actor = { ...actorOf(c), username: body.username };
      try {
        const r = await db.transaction(async (tx) => {
          const res = await login(tx, clock, {
            ...body,
            username,
            ip,
            userAgent: c.req.header("user-agent"),
          });
          await record(tx, { ...actor, userId: res.userId }, clock.now(), {
            action: "user.login",
            subjectType: "user",
            subjectId: res.userId,
          });
          return res;
        });
        throttle.succeeded(username, ip);
        setCookie(c, SESSION_COOKIE, r.token, {
          httpOnly: true,
          secure: deps.config.secureCookies,
          sameSite: "Lax",
          path: "/",
          expires: r.expiresAt,
        });
        return { csrfToken: r.csrf, expiresAt: r.expiresAt.toISOString() };
      } catch (e) {
        if (e instanceof AppError && e.code === "identity.bad_credentials") {
          throttle.failed(username, ip, now);
          await recordFailedLogin(db, clock, username);
        }
        throw e;
      }
    },
  );

  api.route(
    {
      method: "post",
      path: "/api/auth/logout",
      summary: "Đăng xuất / Sign out",
      tag: "identity",
      // Public: signing out with an expired session still clears the cookie.
      auth: false,
      response: logoutAnswer,
    },
    async (c) => {
      const s = sessionOf(c);
      if (s) await revokeSession(db, clock, s.tokenHash);
      deleteCookie(c, SESSION_COOKIE, { path: "/" });
      return { ok: true as const };
    },
  );

  api.route(
    {
      method: "get",
      path: "/api/auth/me",
      summary: "Người dùng hiện tại / Current user",
      tag: "identity",
      response: meAnswer,
    },
    async (c) => {
      const a = requireUser(c);
      const tree = await deps.agencies.tree();
      return {
        userId: a.userId,
        username: a.username,
        fullName: a.fullName,
        activeAgency: a.activeAgency,
        csrfToken: sessionOf(c)?.csrf,
        grants: a.grants.map((g) => ({
          ...g,
          agencyName: tree.byCode.get(g.agencyCode)?.name ?? g.agencyCode,
          roleName: ROLE_NAMES[g.role][langOf(c)],
        })),
      };
    },
  );

  // Not a command: it changes the caller's own session (which of their roles is active), not the
  // province's data, and needs no right beyond holding a role in that agency.
  api.route(
    {
      method: "post",
      path: "/api/auth/agency",
      summary: "Chuyển đơn vị làm việc / Switch agency",
      tag: "identity",
      body: switchAgencyBody,
      response: switchAgencyAnswer,
    },
    async (c, { body }) => {
      const a = requireUser(c);
      if (!a.grants.some((g) => g.agencyCode === body.agencyCode))
        throw new AppError("identity.not_member", "forbidden", {
          vi: `Bạn không có vai trò tại đơn vị ${body.agencyCode}.`,
          en: `You hold no role in agency ${body.agencyCode}.`,
        });
      await switchAgency(db, sessionOf(c)!.tokenHash, body.agencyCode);
      return { activeAgency: body.agencyCode };
    },
  );

  api.route(
    {
      method: "get",
      path: "/api/agencies",
      summary: "Cây đơn vị / Agency tree",
      tag: "identity",
      auth: false,
      response: agenciesAnswer,
    },
    async () => {
      const tree = await deps.agencies.tree();
      return { agencies: [...tree.byCode.values()] };
    },
  );

  api.route(
    {
      method: "get",
      path: "/api/roles",
      summary: "Vai trò / Roles",
      tag: "identity",
      auth: false,
      response: rolesAnswer,
    },
    async () => ({
      roles: ROLES.map((r) => ({ id: r, ...ROLE_NAMES[r] })),
    }),
  );

  command(
    {
      method: "post",
      path: "/api/agencies",
      summary: "Thêm đơn vị / Add an agency",
      tag: "identity",
      action: "agency.manage",
      agency: ({ body }) => body.parentCode,
      body: newAgencyBody,
      response: agency,
    },
    async ({ tx, body, afterCommit }) => {
      afterCommit(() => deps.agencies.invalidate());
      return {
        answer: await insertAgency(tx, body),
        audit: {
          action: "agency.created",
          subjectType: "agency",
          subjectId: body.code,
          agencyCode: body.code,
          details: body,
        },
      };
    },
  );

  command(
    {
      method: "post",
      path: "/api/agencies/:code/rename",
      summary: "Đổi tên đơn vị / Rename an agency",
      tag: "identity",
      action: "agency.manage",
      agency: ({ c }) => param(c, "code"),
      body: renameAgencyBody,
      response: agencyChangedAnswer,
    },
    async ({ c, tx, body, afterCommit }) => {
      const code = param(c, "code");
      await renameAgency(tx, code, body.name, body.effectiveOn, body.legalBasis);
      afterCommit(() => deps.agencies.invalidate());
      return {
        answer: { ok: true as const },
        audit: {
          action: "agency.renamed",
          subjectType: "agency",
          subjectId: code,
          agencyCode: code,
          details: body,
        },
      };
    },
  );

  command(
    {
      method: "post",
      path: "/api/agencies/:code/merge",
      summary: "Hợp nhất đơn vị / Merge an agency",
      tag: "identity",
      action: "agency.manage",
      agency: ({ c }) => param(c, "code"),
      body: mergeAgencyBody,
      response: agencyChangedAnswer,
    },
    async ({ c, tx, body, afterCommit }) => {
      const code = param(c, "code");
      await mergeAgency(tx, code, body.into, body.effectiveOn, body.legalBasis);
      afterCommit(() => deps.agencies.invalidate());
      return {
        answer: { ok: true as const },
        audit: {
          action: "agency.merged",
          subjectType: "agency",
          subjectId: code,
          agencyCode: body.into,
          details: body,
        },
      };
    },
  );

  api.route(
    {
      method: "get",
      path: "/api/agencies/:code/history",
      summary: "Lịch sử đơn vị / Agency history",
      tag: "identity",
      auth: false,
      response: agencyHistoryAnswer,
    },
    async (c) => ({
      history: await agencyHistory(db, param(c, "code")),
    }),
  );

  api.route(
    {
      method: "get",
      path: "/api/users",
      summary: "Người dùng / Users",
      tag: "identity",
      response: usersAnswer,
    },
    async (c) => {
      const scope = await deps.commands.authorize(requireUser(c), "user.manage");
      return { users: await listUsers(db, scope.all ? null : scope.agencies) };
    },
  );

  command(
    {
      method: "post",
      path: "/api/users",
      summary: "Tạo người dùng / Create a user",
      tag: "identity",
      action: "user.manage",
      // Every role granted must lie in the actor's scope.
      agency: ({ body }) => body.grants.map((g) => g.agencyCode),
      body: newUserBody,
      response: newUserAnswer,
    },
    async ({ tx, body }) => {
      const u = await insertUser(tx, body);
      return {
        answer: u,
        audit: {
          action: "user.created",
          subjectType: "user",
          subjectId: u.id,
          details: { username: u.username, grants: u.grants },
        },
      };
    },
  );
}
