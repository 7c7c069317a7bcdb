import { hash, verify } from "@node-rs/argon2";
import type { Sql } from "../../platform/db.ts";
import { AppError, badInput } from "../../platform/errors.ts";
import type { RoleGrant } from "./actor.ts";
import { getAgency, unknownAgency } from "./agencies.ts";
import { checkNewPassword } from "./password-policy.ts";
import { isRole } from "./roles.ts";

export interface User {
  id: string;
  username: string;
  fullName: string;
  email: string | null;
  phone: string | null;
  active: boolean;
  grants: RoleGrant[];
}

export interface NewUser {
  username: string;
  fullName: string;
  password: string;
  email?: string;
  phone?: string;
  idNumber?: string;
  grants: RoleGrant[];
}

// Argon2id (RFC 9106), the OWASP-recommended minimum: 19 MiB, 2 passes, 1 lane.
const ARGON2 = { algorithm: 2 as const, memoryCost: 19456, timeCost: 2, parallelism: 1 };
export const hashPassword = (pw: string) => hash(pw, ARGON2);
export const verifyPassword = (h: string, pw: string) => verify(h, pw).catch(() => false);

export const USERNAME = /^[a-z0-9][a-z0-9._-]{2,63}$/;

export async function insertUser(tx: Sql, u: NewUser): Promise<User> {
  if (!USERNAME.test(u.username))
    throw badInput(
      "identity.bad_username",
      "username",
      "chỉ gồm chữ thường không dấu, số, dấu chấm, gạch (3–64 ký tự)",
      "lowercase letters, digits, dot, dash or underscore (3–64 characters)",
    );
  checkNewPassword(u.password, u.username);
  for (const [i, g] of u.grants.entries()) {
    if (!isRole(g.role))
      throw badInput(
        "identity.bad_role",
        `grants[${i}].role`,
        `vai trò "${g.role}" không tồn tại`,
        `no role "${g.role}"`,
      );
    if (!(await getAgency(tx, g.agencyCode))) throw unknownAgency(g.agencyCode);
  }
  const ph = await hashPassword(u.password);
  const r = await tx.query<{ id: string }>(
    `INSERT INTO users (username, full_name, email, phone, id_number, password_hash)
     VALUES ($1,$2,$3,$4,$5,$6) ON CONFLICT (username) DO NOTHING RETURNING id`,
    [u.username, u.fullName, u.email ?? null, u.phone ?? null, u.idNumber ?? null, ph],
  );
  if (!r.rows[0])
    throw new AppError("identity.user_exists", "conflict", {
      vi: `Tên đăng nhập ${u.username} đã có người dùng.`,
      en: `The username ${u.username} is taken.`,
    });
  const id = r.rows[0].id;
  for (const g of u.grants)
    await tx.query(
      "INSERT INTO user_roles (user_id, role, agency_code) VALUES ($1,$2,$3) ON CONFLICT DO NOTHING",
      [id, g.role, g.agencyCode],
    );
  return {
    id,
    username: u.username,
    fullName: u.fullName,
    email: u.email ?? null,
    phone: u.phone ?? null,
    active: true,
    grants: u.grants,
  };
}

interface UserRow {
  id: string;
  username: string;
  full_name: string;
  email: string | null;
  phone: string | null;
  active: boolean;
  password_hash: string;
  failed_logins: number;
  locked_until: Date | null;
}

export async function findUserForLogin(sql: Sql, username: string) {
  const r = await sql.query<UserRow>("SELECT * FROM users WHERE username = $1", [username]);
  return r.rows[0] ?? null;
}

export async function grantsOf(sql: Sql, userId: string): Promise<RoleGrant[]> {
  const r = await sql.query<{ role: RoleGrant["role"]; agency_code: string }>(
    "SELECT role, agency_code FROM user_roles WHERE user_id = $1 ORDER BY agency_code, role",
    [userId],
  );
  return r.rows.map((x) => ({ role: x.role, agencyCode: x.agency_code }));
}

export async function getUser(sql: Sql, id: string): Promise<User | null> {
  const r = await sql.query<UserRow>("SELECT * FROM users WHERE id = $1", [id]);
  const u = r.rows[0];
  if (!u) return null;
  return {
    id: u.id,
    username: u.username,
    fullName: u.full_name,
    email: u.email,
    phone: u.phone,
    active: u.active,
    grants: await grantsOf(sql, u.id),
  };
}

export async function listUsers(sql: Sql, agencies: string[] | null) {
  const r = await sql.query<{
    id: string;
    username: string;
    full_name: string;
    active: boolean;
    grants: RoleGrant[];
  }>(
    `SELECT u.id, u.username, u.full_name, u.active,
            COALESCE(json_agg(json_build_object('role', r.role, 'agencyCode', r.agency_code) ORDER BY r.agency_code) FILTER (WHERE r.role IS NOT NULL), '[]') AS grants
       FROM users u LEFT JOIN user_roles r ON r.user_id = u.id
      WHERE $1::text[] IS NULL OR EXISTS (SELECT 1 FROM user_roles x WHERE x.user_id = u.id AND x.agency_code = ANY($1::text[]))
      GROUP BY u.id ORDER BY u.username`,
    [agencies],
  );
  return r.rows.map((u) => ({
    id: u.id,
    username: u.username,
    fullName: u.full_name,
    active: u.active,
    grants: u.grants,
  }));
}

/**
 * The competent head of an agency who signs its notices (a stop, a refusal during handling): an
 * active user with the role "head" there, else its leader (the deputy signing for the head).
 */
export async function headOf(
  sql: Sql,
  agencyCode: string,
): Promise<{ name: string; role: "head" | "leader" } | null> {
  const r = await sql.query<{ full_name: string; role: "head" | "leader" }>(
    `SELECT u.full_name, r.role FROM users u JOIN user_roles r ON r.user_id = u.id
     WHERE r.agency_code = $1 AND r.role IN ('head', 'leader') AND u.active
     ORDER BY (r.role = 'head') DESC, u.full_name LIMIT 1`,
    [agencyCode],
  );
  const x = r.rows[0];
  return x ? { name: x.full_name, role: x.role } : null;
}

/**
 * The active users holding `role` in exactly this unit: the people a dossier's step may be
 * handed to (the pick-list). A grant in a parent agency does not make one a member of the unit.
 */
export async function holdersOf(
  sql: Sql,
  agencyCode: string,
  role: string,
): Promise<{ id: string; fullName: string }[]> {
  const r = await sql.query<{ id: string; full_name: string }>(
    `SELECT u.id, u.full_name FROM users u JOIN user_roles r ON r.user_id = u.id
     WHERE r.agency_code = $1 AND r.role = $2 AND u.active`,
    [agencyCode, role],
  );
  // In Vietnamese alphabetical order (Đ after D), whatever the database's collation.
  return r.rows
    .map((x) => ({ id: x.id, fullName: x.full_name }))
    .sort((a, b) => VI_ORDER.compare(a.fullName, b.fullName) || a.id.localeCompare(b.id));
}

const VI_ORDER = new Intl.Collator("vi");
