// The JSON Schema subset an e-form may use, and the check that a schema stays inside it:
// - every node: type (one of object, string, number, integer, boolean, array), title,
//   description, default, examples, $comment, enum;
// - object: properties, required, additionalProperties (true/false only);
// - string: minLength, maxLength, pattern (a JavaScript regular expression, "u" flag),
//   format ("date" = YYYY-MM-DD, "email");
// - number, integer: minimum, maximum;  array: items, minItems, maxItems;
// - the root is an object and may carry $schema.
// Anything else ($ref, oneOf, if/then…) is refused when the procedure is saved, so a form is
// never silently accepted against a rule the validator does not understand.
import type { EForm } from "../../../../shared/contracts/catalog.ts";
import type { FieldIssue } from "../../../platform/errors.ts";

/** An e-form node, as the contract describes it (shared/contracts/catalog.ts). */
export type JsonSchema = EForm;

const COMMON = ["type", "title", "description", "default", "examples", "$comment", "enum"];
const BY_TYPE: Record<string, string[]> = {
  object: ["properties", "required", "additionalProperties"],
  string: ["minLength", "maxLength", "pattern", "format"],
  number: ["minimum", "maximum"],
  integer: ["minimum", "maximum"],
  boolean: [],
  array: ["items", "minItems", "maxItems"],
};
const FORMATS = ["date", "email"];
const COUNTS = ["minLength", "maxLength", "minItems", "maxItems"];

/** Issues with a schema, each naming its place ("eForm.properties.hoTen.pattern"). */
export function checkEFormSchema(schema: unknown, at = "eForm"): FieldIssue[] {
  const out: FieldIssue[] = [];
  const bad = (field: string, vi: string, en: string) => {
    out.push({ field, vi, en });
  };
  const walk = (node: unknown, path: string, root: boolean) => {
    if (!node || typeof node !== "object" || Array.isArray(node))
      return bad(path, "phải là một lược đồ (đối tượng JSON)", "must be a schema (a JSON object)");
    const s = node as Record<string, unknown>;
    const type = s.type;
    if (typeof type !== "string" || !(type in BY_TYPE))
      return bad(
        `${path}.type`,
        `cần một trong: ${Object.keys(BY_TYPE).join(", ")}`,
        `expected one of: ${Object.keys(BY_TYPE).join(", ")}`,
      );
    if (root && type !== "object")
      bad(
        `${path}.type`,
        "biểu mẫu gốc phải có kiểu object",
        "the form's root must be of type object",
      );
    const allowed = new Set([...COMMON, ...BY_TYPE[type], ...(root ? ["$schema"] : [])]);
    for (const k of Object.keys(s))
      if (!allowed.has(k))
        bad(
          `${path}.${k}`,
          `từ khoá không được hỗ trợ với kiểu ${type}`,
          `keyword not supported for type ${type}`,
        );
    for (const k of COUNTS)
      if (k in s && !(Number.isInteger(s[k]) && (s[k] as number) >= 0))
        bad(`${path}.${k}`, "phải là số nguyên ≥ 0", "must be an integer ≥ 0");
    for (const k of ["minimum", "maximum"])
      if (k in s && typeof s[k] !== "number") bad(`${path}.${k}`, "phải là số", "must be a number");
    if ("enum" in s && !(Array.isArray(s.enum) && s.enum.length > 0))
      bad(`${path}.enum`, "phải là mảng không rỗng", "must be a non-empty array");
    if ("format" in s && !FORMATS.includes(s.format as string))
      bad(
        `${path}.format`,
        `cần một trong: ${FORMATS.join(", ")}`,
        `expected one of: ${FORMATS.join(", ")}`,
      );
    if ("pattern" in s) checkPattern(s.pattern, `${path}.pattern`, bad);
    if ("additionalProperties" in s && typeof s.additionalProperties !== "boolean")
      bad(
        `${path}.additionalProperties`,
        "chỉ hỗ trợ true hoặc false",
        "only true or false is supported",
      );
    if (type === "object") {
      const props = s.properties ?? {};
      if (typeof props !== "object" || Array.isArray(props))
        bad(`${path}.properties`, "phải là đối tượng", "must be an object");
      else for (const [k, v] of Object.entries(props)) walk(v, `${path}.properties.${k}`, false);
      if ("required" in s) {
        const req = s.required;
        if (!Array.isArray(req) || req.some((r) => typeof r !== "string"))
          bad(`${path}.required`, "phải là mảng tên trường", "must be an array of field names");
        else
          for (const r of req)
            if (!(r in (props as object)))
              bad(
                `${path}.required`,
                `trường "${r}" không có trong properties`,
                `field "${r}" is not in properties`,
              );
      }
    }
    if (type === "array") {
      if (!("items" in s))
        bad(`${path}.items`, "mảng phải khai báo items", "an array must declare items");
      else walk(s.items, `${path}.items`, false);
    }
  };
  walk(schema, at, true);
  return out;
}

function checkPattern(p: unknown, field: string, bad: (f: string, vi: string, en: string) => void) {
  if (typeof p !== "string" || p.length > 300)
    return bad(
      field,
      "phải là chuỗi (tối đa 300 ký tự)",
      "must be a string (at most 300 characters)",
    );
  try {
    new RegExp(p, "u");
  } catch (e) {
    bad(
      field,
      `biểu thức chính quy không hợp lệ: ${(e as Error).message}`,
      `invalid regular expression: ${(e as Error).message}`,
    );
  }
}
