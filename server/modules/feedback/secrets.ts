// Look-up secrets: random, shown once, compared in constant time; complaints keep only the hash.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

// Crockford base32 without I, L, O, U: easy to read out and type from a receipt.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

export function randomCode(length: number): string {
  const bytes = randomBytes(length);
  let s = "";
  for (let i = 0; i < length; i++) s += ALPHABET[bytes[i] % 32];
  return s;
}

export const sha256 = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");

/** Constant-time comparison of a given secret with the expected one (or its sha256). */
export function secretMatches(given: string, expected: { plain?: string; hash?: string }): boolean {
  const a = Buffer.from(sha256(given.trim().toUpperCase()), "hex");
  const want = expected.hash ?? sha256((expected.plain ?? "").trim().toUpperCase());
  return timingSafeEqual(a, Buffer.from(want, "hex"));
}
