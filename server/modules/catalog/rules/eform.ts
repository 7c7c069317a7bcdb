// Validates a submitted e-form against its procedure's schema (the subset in eform-schema.ts).
// Issues name the field by its path in the form ("nguoiYeuCau.hoTen", "con.0.ngaySinh").
import type { FieldIssue } from "../../../platform/errors.ts";
import type { JsonSchema } from "./eform-schema.ts";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateEForm(schema: JsonSchema, data: unknown): FieldIssue[] {
  const out: FieldIssue[] = [];
  walk(schema, data, "", out);
  return out;
}

function walk(s: JsonSchema, v: unknown, path: string, out: FieldIssue[]): void {
  const field = path || "(form)";
  const label = s.title ? `${s.title} ` : "";
  const bad = (vi: string, en: string) => {
    out.push({ field, vi: `${label}${vi}`.trim(), en });
  };
  if (!typeMatches(s.type, v)) {
    bad(`sai kiểu dữ liệu, cần ${TYPE_VI[s.type ?? "object"]}`, `wrong type, expected ${s.type}`);
    return;
  }
  if (s.enum && !s.enum.some((e) => JSON.stringify(e) === JSON.stringify(v)))
    bad(`phải là một trong: ${s.enum.join(", ")}`, `must be one of: ${s.enum.join(", ")}`);
  if (typeof v === "string") {
    const n = [...v].length;
    if (s.minLength !== undefined && n < s.minLength)
      bad(
        s.minLength === 1 ? "không được để trống" : `tối thiểu ${s.minLength} ký tự`,
        s.minLength === 1 ? "must not be empty" : `at least ${s.minLength} characters`,
      );
    if (s.maxLength !== undefined && n > s.maxLength)
      bad(`tối đa ${s.maxLength} ký tự`, `at most ${s.maxLength} characters`);
    if (s.pattern !== undefined && !new RegExp(s.pattern, "u").test(v))
      bad("sai định dạng", `does not match the pattern ${s.pattern}`);
    if (s.format === "date" && !isDate(v))
      bad("phải là ngày hợp lệ dạng YYYY-MM-DD", "must be a valid date YYYY-MM-DD");
    if (s.format === "email" && !EMAIL.test(v))
      bad("phải là địa chỉ thư điện tử", "must be an e-mail address");
  }
  if (typeof v === "number") {
    if (s.minimum !== undefined && v < s.minimum)
      bad(`phải ≥ ${s.minimum}`, `must be ≥ ${s.minimum}`);
    if (s.maximum !== undefined && v > s.maximum)
      bad(`phải ≤ ${s.maximum}`, `must be ≤ ${s.maximum}`);
  }
  if (Array.isArray(v)) {
    if (s.minItems !== undefined && v.length < s.minItems)
      bad(`cần ít nhất ${s.minItems} mục`, `needs at least ${s.minItems} items`);
    if (s.maxItems !== undefined && v.length > s.maxItems)
      bad(`tối đa ${s.maxItems} mục`, `at most ${s.maxItems} items`);
    if (s.items) for (const [i, x] of v.entries()) walk(s.items, x, join(path, String(i)), out);
  }
  if (s.type === "object" && v && typeof v === "object" && !Array.isArray(v)) {
    const obj = v as Record<string, unknown>;
    const props = s.properties ?? {};
    for (const r of s.required ?? [])
      if (obj[r] === undefined || obj[r] === null || obj[r] === "") {
        const t = props[r]?.title ? `${props[r].title} ` : "";
        out.push({ field: join(path, r), vi: `${t}bắt buộc nhập`.trim(), en: "is required" });
      }
    for (const [k, x] of Object.entries(obj)) {
      if (props[k]) {
        if (x !== undefined && x !== null && !(x === "" && !s.required?.includes(k)))
          walk(props[k], x, join(path, k), out);
      } else if (s.additionalProperties === false)
        out.push({
          field: join(path, k),
          vi: "trường không có trong biểu mẫu",
          en: "unknown field",
        });
    }
  }
}

const TYPE_VI: Record<string, string> = {
  object: "đối tượng",
  string: "chuỗi",
  number: "số",
  integer: "số nguyên",
  boolean: "có/không",
  array: "danh sách",
};

function typeMatches(t: JsonSchema["type"], v: unknown): boolean {
  switch (t) {
    case undefined:
      return true;
    case "object":
      return !!v && typeof v === "object" && !Array.isArray(v);
    case "array":
      return Array.isArray(v);
    case "string":
      return typeof v === "string";
    case "number":
      return typeof v === "number" && Number.isFinite(v);
    case "integer":
      return Number.isInteger(v);
    case "boolean":
      return typeof v === "boolean";
  }
}

function isDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const join = (a: string, b: string) => (a ? `${a}.${b}` : b);
