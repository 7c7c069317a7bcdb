// The citizen proves a dossier is theirs with its look-up secret (printed on the receipt): sent
// in the request body, never in a URL, compared in constant time.
import { timingSafeEqual } from "node:crypto";
import { AppError } from "../../platform/errors.ts";
import type { Dossier } from "../dossiers/index.ts";

export function sameSecret(given: string | undefined, d: Dossier): boolean {
  if (!given) return false;
  const a = Buffer.from(given.trim().toUpperCase());
  const b = Buffer.from(d.secret.toUpperCase());
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The same answer as an unknown code: a wrong secret discloses nothing. */
export function lookupRefused(code: string) {
  return new AppError("citizen.lookup_refused", "not_found", {
    vi: `Không tìm thấy hồ sơ ${code} với mã tra cứu đã nhập.`,
    en: `No dossier ${code} with the look-up secret given.`,
  });
}
