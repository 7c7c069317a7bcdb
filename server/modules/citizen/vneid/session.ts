// Citizen sessions after a VNeID sign-in: a random token in an HttpOnly cookie, its SHA-256 in
// the database with the identity the national system asserted; 2 hours.
import { createHash, randomBytes } from "node:crypto";
import type { Clock } from "../../../platform/clock.ts";
import type { Sql } from "../../../platform/db.ts";
import type { Ctx } from "../../../platform/http.ts";
import type { VneidIdentity } from "../../integrations/index.ts";

export const CITIZEN_COOKIE = "motcua_citizen";
const TTL_MS = 2 * 3600_000;
const hash = (t: string) => createHash("sha256").update(t).digest("hex");

export interface CitizenSession extends VneidIdentity {}

export async function openSession(sql: Sql, clock: Clock, who: VneidIdentity): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const now = clock.now();
  await sql.query(
    `INSERT INTO citizen_sessions (token_hash, subject, personal_id, name, birthdate, phone, email, address, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      hash(token),
      who.subject,
      who.personalId,
      who.name,
      who.birthdate,
      who.phone,
      who.email,
      who.address,
      now,
      new Date(now.getTime() + TTL_MS),
    ],
  );
  return token;
}

export function cookieOf(c: Ctx): string | undefined {
  return c.req.header("cookie")?.match(new RegExp(`(?:^|;\\s*)${CITIZEN_COOKIE}=([\\w-]+)`))?.[1];
}

export async function citizenOf(sql: Sql, clock: Clock, c: Ctx): Promise<CitizenSession | null> {
  const token = cookieOf(c);
  if (!token) return null;
  const r = await sql.query<{
    subject: string;
    personal_id: string;
    name: string;
    birthdate: string | null;
    phone: string | null;
    email: string | null;
    address: string | null;
  }>(
    "SELECT subject, personal_id, name, birthdate, phone, email, address FROM citizen_sessions WHERE token_hash = $1 AND expires_at > $2",
    [hash(token), clock.now()],
  );
  const x = r.rows[0];
  if (!x) return null;
  return {
    subject: x.subject,
    personalId: x.personal_id,
    name: x.name,
    birthdate: x.birthdate,
    phone: x.phone,
    email: x.email,
    address: x.address,
  };
}

export async function closeSession(sql: Sql, c: Ctx): Promise<void> {
  const token = cookieOf(c);
  if (token) await sql.query("DELETE FROM citizen_sessions WHERE token_hash = $1", [hash(token)]);
}

export function sessionCookie(token: string, secure: boolean, maxAge = TTL_MS / 1000): string {
  return `${CITIZEN_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAge}${secure ? "; Secure" : ""}`;
}
