// Request parts for fuzzing, generated from a route's JSON Schema (the OpenAPI document, itself
// generated from the route's zod schemas) and mixed with hostile values: NUL, lone surrogates,
// bad URL escapes, huge and non-finite numbers, impossible dates, deep nesting, wrong types.
import fc from "fast-check";

export type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  format?: string;
};

/** Personal data planted in requests: it must never reach a log line. */
export const PLANTED = {
  idNumber: "079188812345",
  phone: "0912777333",
  secret: "SECRETXY",
  password: "mat-khau-bi-mat-9",
};

export const HOSTILE_STRINGS = [
  "a\u0000b",
  "\u0000",
  "x\uD800y",
  "\uDFFF",
  "0000-01-01",
  "2026-02-31",
  "0000-01-01T00:00:00Z",
  "99999-12-31",
  "-1",
  "9".repeat(40),
  "1e999",
  "NaN",
  "'; DROP TABLE dossiers; --",
  "../../etc/passwd",
  "%00",
  "\u202e\u0000",
  "x".repeat(5000),
  "",
  " ",
  "Ω≈ç√∫ tiếng Việt",
];

/** Raw URL pieces (not encoded again): malformed escapes and encoded NUL / surrogates. */
export const HOSTILE_URL_PIECES = [
  "%E0%A4%A",
  "%",
  "%zz",
  "%00",
  "%ED%A0%80",
  "%C0%AF",
  "a%2F..%2Fb",
];

const HOSTILE_NUMBERS: unknown[] = [
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53 + 2,
  1e308,
  -1e308,
  0.5,
  -0,
  -1,
  "1",
];

const hostileString = fc.constantFrom(...HOSTILE_STRINGS);
const planted = (name: string) =>
  Object.entries(PLANTED).find(([k]) => name.toLowerCase().includes(k.toLowerCase()))?.[1];

function deep(n: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < n; i++) v = i % 2 ? [v] : { a: v };
  return v;
}

export function arbitraryOf(s: Schema | undefined, name = "", depth = 0): fc.Arbitrary<unknown> {
  const wrong = fc.constantFrom<unknown>(null, true, 12, "x", [], {}, deep(200));
  if (!s || depth > 5) return fc.oneof(wrong, hostileString, fc.constantFrom(...HOSTILE_NUMBERS));
  const mine = planted(name);
  if (mine) return fc.constantFrom(mine, `${mine}\u0000`, `${mine}\uD800`);
  if (s.const !== undefined) return fc.oneof(fc.constant(s.const), hostileString);
  if (s.enum?.length) return fc.oneof(fc.constantFrom(...s.enum), hostileString);
  const alt = s.anyOf ?? s.oneOf;
  if (alt?.length) return fc.oneof(...alt.map((a) => arbitraryOf(a, name, depth + 1)));
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== "null") : s.type;
  switch (type) {
    case "object": {
      const props = Object.fromEntries(
        Object.entries(s.properties ?? {}).map(([k, v]) => [k, arbitraryOf(v, k, depth + 1)]),
      );
      return fc.oneof(
        { weight: 4, arbitrary: fc.record(props, { requiredKeys: s.required ?? [] }) },
        { weight: 1, arbitrary: wrong },
      );
    }
    case "array":
      return fc.oneof(fc.array(arbitraryOf(s.items, name, depth + 1), { maxLength: 3 }), wrong);
    case "integer":
    case "number":
      return fc.oneof(fc.integer({ min: -5, max: 5000 }), fc.constantFrom(...HOSTILE_NUMBERS));
    case "boolean":
      return fc.oneof(fc.boolean(), wrong);
    case "string":
      return fc.oneof(
        { weight: 2, arbitrary: hostileString },
        { weight: 1, arbitrary: fc.string({ maxLength: 30, unit: "binary" }) },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            s.format === "date"
              ? "2026-03-02"
              : s.format === "date-time"
                ? "2026-03-02T02:00:00Z"
                : "1.000001",
          ),
        },
      );
    default:
      return fc.oneof(wrong, hostileString);
  }
}

/** A JSON body as text: usually from the schema; sometimes raw hostile JSON. */
export function bodyOf(s: Schema | undefined): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: arbitraryOf(s).map((v) => JSON.stringify(v) ?? "null") },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        `${"[".repeat(3000)}${"]".repeat(3000)}`,
        '{"a":1e999}',
        '{"a":"\\ud800"}',
        '{"a":"\\u0000"}',
        "{",
        '{"__proto__":{"x":1}}',
        "123456789012345678901234567890",
      ),
    },
  );
}

/** A path or query value: an encoded hostile string or a raw malformed escape. */
export const urlPiece: fc.Arbitrary<string> = fc.oneof(
  hostileString.map((s) =>
    encodeURIComponent(s.replace(/[\uD800-\uDFFF]/g, "%ED%A0%80")).replace(
      /%25ED%25A0%2580/g,
      "%ED%A0%80",
    ),
  ),
  fc.constantFrom(...HOSTILE_URL_PIECES),
  fc.constantFrom("1", "2026", "01", "H58.3-260302-0001", "2026-03-02"),
);
