// Pagination cursors: opaque base64url JSON for the client, checked member by member when they
// come back (a forged cursor is a 400 naming the cursor, never a database error).
import { badInput } from "./errors.ts";
import { checkValue } from "./input-guard.ts";

export function encodeCursor(parts: readonly string[]): string {
  return Buffer.from(JSON.stringify(parts)).toString("base64url");
}

/** An instant as the database gives it back, or PostgreSQL's 'infinity' (undated rows last). */
export const isInstant = (s: string) =>
  s === "infinity" ||
  (/^\d{4}-\d{2}-\d{2}[T ][0-9:.]+(Z|[+-]\d{2}(:?\d{2})?)?$/.test(s) &&
    !Number.isNaN(Date.parse(s)));

/** The cursor's string members, each passing its check; otherwise a 400 with `code`. */
export function decodeCursor(
  raw: string,
  code: string,
  checks: readonly ((s: string) => boolean)[],
): string[] {
  try {
    const v: unknown = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    if (
      Array.isArray(v) &&
      v.length === checks.length &&
      v.every((x, i) => typeof x === "string" && x.length <= 200 && checks[i](x))
    ) {
      checkValue(v, "cursor");
      return v as string[];
    }
  } catch {}
  throw badInput(code, "cursor", "con trỏ phân trang không hợp lệ", "malformed pagination cursor");
}
