// Hostile input stops at the door with a 400 naming where: NUL characters and lone surrogates
// (PostgreSQL refuses them in text), nesting deeper than a form needs, numbers outside the exact
// range, impossible or out-of-range dates, malformed URL escapes. Checked on every JSON body,
// query and path before any route sees them.
import type { MiddlewareHandler } from "hono";
import { AppError } from "./errors.ts";

export const INPUT_LIMITS = {
  /** Objects and arrays inside one another: a form's data stays far below. */
  depth: 32,
  /** Dates are between these years (nothing the province records predates 1000). */
  minYear: 1000,
  maxYear: 9999,
};

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const DATE_LIKE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

const bad = (code: string, where: string, vi: string, en: string) =>
  new AppError(
    code,
    "bad_input",
    { vi: `${where}: ${vi}`, en: `${where}: ${en}` },
    { issues: [{ field: where, vi, en }] },
  );

/** The problem with one string, or null. */
function stringProblem(s: string, where: string): AppError | null {
  if (s.includes("\u0000"))
    return bad(
      "http.nul_character",
      where,
      "chứa ký tự NUL (\\u0000)",
      "contains a NUL character (\\u0000)",
    );
  if (LONE_SURROGATE.test(s))
    return bad(
      "http.lone_surrogate",
      where,
      "chứa ký tự Unicode không hợp lệ (nửa cặp thay thế)",
      "contains an invalid Unicode character (lone surrogate)",
    );
  const m = DATE_LIKE.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    const timeOk =
      m[4] === undefined || (Number(m[4]) < 24 && Number(m[5]) < 60 && Number(m[6] ?? 0) < 60);
    if (
      y < INPUT_LIMITS.minYear ||
      y > INPUT_LIMITS.maxYear ||
      mo < 1 ||
      mo > 12 ||
      d < 1 ||
      d > days ||
      !timeOk
    )
      return bad(
        "http.bad_date",
        where,
        `ngày giờ không có thật hoặc ngoài khoảng năm ${INPUT_LIMITS.minYear}–${INPUT_LIMITS.maxYear}`,
        `not a real date and time, or outside the years ${INPUT_LIMITS.minYear}–${INPUT_LIMITS.maxYear}`,
      );
  }
  return null;
}

/** Throws a 400 for the first hostile member of a parsed JSON value. */
export function checkValue(v: unknown, where: string, depth = 0): void {
  if (typeof v === "string") {
    const p = stringProblem(v, where);
    if (p) throw p;
  } else if (typeof v === "number") {
    if (!Number.isFinite(v) || Math.abs(v) > Number.MAX_SAFE_INTEGER)
      throw bad(
        "http.number_out_of_range",
        where,
        "số quá lớn hoặc không hữu hạn",
        "number too large or not finite",
      );
  } else if (v !== null && typeof v === "object") {
    if (depth >= INPUT_LIMITS.depth)
      throw bad(
        "http.too_deep",
        where,
        `lồng nhau quá ${INPUT_LIMITS.depth} cấp`,
        `nested deeper than ${INPUT_LIMITS.depth} levels`,
      );
    if (Array.isArray(v))
      for (const [i, x] of v.entries()) checkValue(x, `${where}.${i}`, depth + 1);
    else
      for (const [k, x] of Object.entries(v)) {
        const p = stringProblem(k, `${where}.(key)`);
        if (p) throw p;
        checkValue(x, `${where}.${k}`, depth + 1);
      }
  }
}

/** Decodes one URL component, or 400 when its escapes are not UTF-8. */
export function decodeComponent(raw: string, where: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, where === "path" ? "+" : " "));
  } catch {
    throw bad(
      "http.bad_escape",
      where,
      "mã thoát URL (%xx) không hợp lệ",
      "malformed URL escape (%xx)",
    );
  }
}

/** Every request: the path and each query member decoded strictly and checked. */
export function guardUrl(): MiddlewareHandler {
  return async (c, next) => {
    const url = c.req.url;
    const start = url.indexOf("/", url.indexOf("//") + 2);
    const q = url.indexOf("?", start);
    const path = decodeComponent(q < 0 ? url.slice(start) : url.slice(start, q), "path");
    for (const segment of path.split("/")) checkValue(segment, "path");
    if (q >= 0)
      for (const part of url.slice(q + 1).split("&")) {
        if (!part) continue;
        const eq = part.indexOf("=");
        const name = decodeComponent(eq < 0 ? part : part.slice(0, eq), "query");
        const value = eq < 0 ? "" : decodeComponent(part.slice(eq + 1), `query.${name}`);
        checkValue(name, "query");
        checkValue(value, `query.${name}`);
      }
    await next();
  };
}
