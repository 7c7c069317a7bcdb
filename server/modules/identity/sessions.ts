import { createHash, randomBytes } from "node:crypto";
import type { Clock } from "../../platform/clock.ts";
import type { Sql } from "../../platform/db.ts";
import { AppError } from "../../platform/errors.ts";
import type { Actor, RoleGrant } from "./actor.ts";
import { findUserForLogin, grantsOf, verifyPassword } from "./users.ts";

// Session policy (assumed; configurable later): 8 h absolute, 2 h idle. Wrong passwords are
// throttled per address and username, never locking the account (sign-in-throttle.ts).
export const SESSION_POLICY = {
  absoluteMs: 8 * 3600_000,
  idleMs: 2 * 3600_000,
};

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
const token = () => randomBytes(32).toString("base64url");

export const badCredentials = () =>
  new AppError("identity.bad_credentials", "unauthenticated", {
    vi: "Tên đăng nhập hoặc mật khẩu không đúng.",
    en: "Wrong username or password.",
  });

export interface LoginResult {
  token: string;
  csrf: string;
  userId: string;
  expiresAt: Date;
}

export async function login(
  tx: Sql,
  clock: Clock,
  input: { username: string; password: string; ip?: string; userAgent?: string },
): Promise<LoginResult> {
  const now = clock.now();
  const u = await findUserForLogin(tx, input.username);
  if (!u?.active) {
    await verifyPassword(
      "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$0000000000000000000000000000000000000000000",
      input.password,
    );
    throw badCredentials();
  }
  if (!(await verifyPassword(u.password_hash, input.password))) throw badCredentials();
  await tx.query("UPDATE users SET failed_logins = 0 WHERE id = $1", [u.id]);
  const t = token();
  const csrf = token();
  const expiresAt = new Date(now.getTime() + SESSION_POLICY.absoluteMs);
  const grants = await grantsOf(tx, u.id);
  await tx.query(
    `INSERT INTO sessions (token_hash, user_id, csrf_token, active_agency, ip, user_agent, created_at, last_seen_at, expires_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$7,$8)`,
    [
      sha256(t),
      u.id,
      csrf,
      grants[0]?.agencyCode ?? null,
      input.ip ?? null,
      input.userAgent ?? null,
      now,
      expiresAt,
    ],
  );
  return { token: t, csrf, userId: u.id, expiresAt };
}

/** Counts a wrong password (shown to administrators), outside the failed sign-in's transaction. */
export async function recordFailedLogin(sql: Sql, _clock: Clock, username: string) {
  await sql.query("UPDATE users SET failed_logins = failed_logins + 1 WHERE username = $1", [
    username,
  ]);
}

export interface SessionInfo {
  actor: Actor;
  csrf: string;
  tokenHash: string;
}

/** Resolves a cookie value to its actor; null when unknown, revoked or expired (absolute or idle). */
export async function resolveSession(
  sql: Sql,
  clock: Clock,
  cookie: string,
): Promise<SessionInfo | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(cookie)) return null;
  const now = clock.now();
  const th = sha256(cookie);
  const r = await sql.query<{
    user_id: string;
    csrf_token: string;
    active_agency: string | null;
    last_seen_at: Date;
    expires_at: Date;
    revoked_at: Date | null;
    username: string;
    full_name: string;
    active: boolean;
    grants: RoleGrant[];
  }>(
    // One round trip per request: the session, its user and the user's roles.
    `SELECT s.user_id, s.csrf_token, s.active_agency, s.last_seen_at, s.expires_at, s.revoked_at, u.username, u.full_name, u.active,
            COALESCE((SELECT json_agg(json_build_object('role', r.role, 'agencyCode', r.agency_code) ORDER BY r.agency_code, r.role)
                        FROM user_roles r WHERE r.user_id = u.id), '[]'::json) AS grants
       FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1`,
    [th],
  );
  const s = r.rows[0];
  if (!s || s.revoked_at || !s.active) return null;
  if (new Date(s.expires_at) <= now) return null;
  if (now.getTime() - new Date(s.last_seen_at).getTime() > SESSION_POLICY.idleMs) return null;
  // Touch at most once a minute: keeps the idle timer without a write per request.
  if (now.getTime() - new Date(s.last_seen_at).getTime() > 60_000)
    await sql.query("UPDATE sessions SET last_seen_at = $2 WHERE token_hash = $1", [th, now]);
  const grants = typeof s.grants === "string" ? (JSON.parse(s.grants) as RoleGrant[]) : s.grants;
  return {
    tokenHash: th,
    csrf: s.csrf_token,
    actor: {
      kind: "user",
      userId: s.user_id,
      username: s.username,
      fullName: s.full_name,
      grants,
      activeAgency: s.active_agency,
    },
  };
}

export async function revokeSession(sql: Sql, clock: Clock, tokenHash: string) {
  await sql.query("UPDATE sessions SET revoked_at = $2 WHERE token_hash = $1", [
    tokenHash,
    clock.now(),
  ]);
}

export async function switchAgency(sql: Sql, tokenHash: string, agencyCode: string) {
  await sql.query("UPDATE sessions SET active_agency = $2 WHERE token_hash = $1", [
    tokenHash,
    agencyCode,
  ]);
}
