// A plausible request body from a route's JSON Schema (as published in the OpenAPI document):
// required members filled with values that satisfy their type, format, bounds and enums, so a
// request gets past input validation and reaches the route's authorisation.
type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  format?: string;
  pattern?: string;
  minimum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  minItems?: number;
  default?: unknown;
};

const BY_FORMAT: Record<string, string> = {
  date: "2026-03-02",
  "date-time": "2026-03-02T02:00:00Z",
  email: "nguoi.nop@example.vn",
  uuid: "00000000-0000-4000-8000-000000000001",
  uri: "https://example.vn/a",
};

/** `fill` overrides a member by its name (e.g. the agency code under test). */
export function sampleOf(
  s: Schema | undefined,
  fill: Record<string, unknown> = {},
  depth = 0,
): unknown {
  if (!s || depth > 8) return null;
  if (s.const !== undefined) return s.const;
  if (s.enum?.length) return s.enum[0];
  const alt = s.anyOf ?? s.oneOf;
  if (alt?.length) return sampleOf(alt.find((a) => a.type !== "null") ?? alt[0], fill, depth + 1);
  if (s.allOf?.length) return sampleOf(s.allOf[0], fill, depth + 1);
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== "null") : s.type;
  switch (type) {
    case "object": {
      const out: Record<string, unknown> = {};
      for (const k of s.required ?? [])
        out[k] = k in fill ? fill[k] : sampleOf(s.properties?.[k], fill, depth + 1);
      for (const k of Object.keys(s.properties ?? {})) if (k in fill) out[k] = fill[k];
      return out;
    }
    case "array":
      return Array.from({ length: Math.max(1, s.minItems ?? 0) }, () =>
        sampleOf(s.items, fill, depth + 1),
      );
    case "integer":
    case "number":
      return s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : 1);
    case "boolean":
      return false;
    case "string": {
      if (s.format && BY_FORMAT[s.format]) return BY_FORMAT[s.format];
      if (s.pattern?.includes("\\d{4}-\\d{2}-\\d{2}")) return "2026-03-02";
      if (s.pattern?.includes("[0-9A-Z]")) return "079123456789";
      const base = "Nội dung thử nghiệm kiểm tra quyền truy cập";
      return base.padEnd(Math.max(s.minLength ?? 1, 1), ".");
    }
    default:
      return s.default ?? null;
  }
}
