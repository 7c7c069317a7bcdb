import { deleteCookie, setCookie } from "hono/cookie";
import { z } from "zod";
import { AppError } from "../../platform/errors.ts";
import { type Api, langOf, param } from "../../platform/http.ts";
import { RateLimiter } from "../../platform/rate-limit.ts";
import { record } from "../audit/index.ts";
import {
  AGENCY_LEVELS,
  agencyHistory,
  insertAgency,
  mergeAgency,
  renameAgency,
} from "./agencies.ts";
import {
  actorOf,
  clientIp,
  type IdentityDeps,
  requireUser,
  SESSION_COOKIE,
  sessionOf,
} from "./http.ts";
import { authorize } from "./policy.ts";
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

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");

export function identityRoutes(api: Api, deps: IdentityDeps) {
  const { db, clock } = deps;
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
      body: z
        .object({ username: z.string().min(1).max(64), password: z.string().min(1).max(256) })
        .strict(),
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
    { method: "post", path: "/api/auth/logout", summary: "Đăng xuất / Sign out", tag: "identity" },
    async (c) => {
      const s = sessionOf(c);
      if (s) await revokeSession(db, clock, s.tokenHash);
      deleteCookie(c, SESSION_COOKIE, { path: "/" });
      return { ok: true };
    },
  );

  api.route(
    {
      method: "get",
      path: "/api/auth/me",
      summary: "Người dùng hiện tại / Current user",
      tag: "identity",
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

  api.route(
    {
      method: "post",
      path: "/api/auth/agency",
      summary: "Chuyển đơn vị làm việc / Switch agency",
      tag: "identity",
      body: z.object({ agencyCode: z.string() }).strict(),
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
    },
    async () => {
      const tree = await deps.agencies.tree();
      return { agencies: [...tree.byCode.values()] };
    },
  );

  api.route(
    { method: "get", path: "/api/roles", summary: "Vai trò / Roles", tag: "identity", auth: false },
    async () => ({
      roles: ROLES.map((r) => ({ id: r, ...ROLE_NAMES[r] })),
    }),
  );

  api.route(
    {
      method: "post",
      path: "/api/agencies",
      summary: "Thêm đơn vị / Add an agency",
      tag: "identity",
      body: z
        .object({
          code: z.string(),
          name: z.string().min(2).max(200),
          parentCode: z.string().nullable(),
          level: z.enum(AGENCY_LEVELS),
          validFrom: date.optional(),
        })
        .strict(),
    },
    async (c, { body }) => {
      const actor = requireUser(c);
      const tree = await deps.agencies.tree();
      authorize(actor, "agency.manage", tree.subtreeOf, body.parentCode ?? undefined);
      const a = await db.transaction(async (tx) => {
        const created = await insertAgency(tx, body);
        await record(tx, actor, clock.now(), {
          action: "agency.created",
          subjectType: "agency",
          subjectId: body.code,
          agencyCode: body.code,
          details: body,
        });
        return created;
      });
      deps.agencies.invalidate();
      return a;
    },
  );

  api.route(
    {
      method: "post",
      path: "/api/agencies/:code/rename",
      summary: "Đổi tên đơn vị / Rename an agency",
      tag: "identity",
      body: z
        .object({
          name: z.string().min(2).max(200),
          effectiveOn: date,
          legalBasis: z.string().max(300).optional(),
        })
        .strict(),
    },
    async (c, { body }) => {
      const actor = requireUser(c);
      const code = param(c, "code");
      authorize(actor, "agency.manage", (await deps.agencies.tree()).subtreeOf, code);
      await db.transaction(async (tx) => {
        await renameAgency(tx, code, body.name, body.effectiveOn, body.legalBasis);
        await record(tx, actor, clock.now(), {
          action: "agency.renamed",
          subjectType: "agency",
          subjectId: code,
          agencyCode: code,
          details: body,
        });
      });
      deps.agencies.invalidate();
      return { ok: true };
    },
  );

  api.route(
    {
      method: "post",
      path: "/api/agencies/:code/merge",
      summary: "Hợp nhất đơn vị / Merge an agency",
      tag: "identity",
      body: z
        .object({ into: z.string(), effectiveOn: date, legalBasis: z.string().max(300).optional() })
        .strict(),
    },
    async (c, { body }) => {
      const actor = requireUser(c);
      const code = param(c, "code");
      authorize(actor, "agency.manage", (await deps.agencies.tree()).subtreeOf, code);
      await db.transaction(async (tx) => {
        await mergeAgency(tx, code, body.into, body.effectiveOn, body.legalBasis);
        await record(tx, actor, clock.now(), {
          action: "agency.merged",
          subjectType: "agency",
          subjectId: code,
          agencyCode: body.into,
          details: body,
        });
      });
      deps.agencies.invalidate();
      return { ok: true };
    },
  );

  api.route(
    {
      method: "get",
      path: "/api/agencies/:code/history",
      summary: "Lịch sử đơn vị / Agency history",
      tag: "identity",
      auth: false,
    },
    async (c) => ({
      history: await agencyHistory(db, param(c, "code")),
    }),
  );

  api.route(
    { method: "get", path: "/api/users", summary: "Người dùng / Users", tag: "identity" },
    async (c) => {
      const actor = requireUser(c);
      const scope = authorize(actor, "user.manage", (await deps.agencies.tree()).subtreeOf);
      return { users: await listUsers(db, scope.all ? null : scope.agencies) };
    },
  );

  api.route(
    {
      method: "post",
      path: "/api/users",
      summary: "Tạo người dùng / Create a user",
      tag: "identity",
      body: z
        .object({
          username: z.string(),
          fullName: z.string().min(2).max(200),
          password: z.string().max(256),
          email: z.string().email().optional(),
          phone: z.string().max(20).optional(),
          grants: z
            .array(z.object({ role: z.enum(ROLES), agencyCode: z.string() }).strict())
            .min(1),
        })
        .strict(),
    },
    async (c, { body }) => {
      const actor = requireUser(c);
      const tree = await deps.agencies.tree();
      for (const g of body.grants) authorize(actor, "user.manage", tree.subtreeOf, g.agencyCode);
      return db.transaction(async (tx) => {
        const u = await insertUser(tx, body);
        await record(tx, actor, clock.now(), {
          action: "user.created",
          subjectType: "user",
          subjectId: u.id,
          details: { username: u.username, grants: u.grants },
        });
        return u;
      });
    },
  );
}
