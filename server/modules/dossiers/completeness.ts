// Completeness at reception: the procedure version's required components against those handed
// in (Decree 118/2025/NĐ-CP Art. 15: one complete list of what is missing, never piecemeal).
import { AppError, type FieldIssue } from "../../platform/errors.ts";
import type { ProcedureInfo } from "./ports.ts";
import { normalize } from "./schemas.ts";
import type { Component } from "./types.ts";

/** Required components not handed in (a component counts when it has files, is reused, or is paper). */
export function missingComponents(proc: ProcedureInfo, components: Component[]): string[] {
  const have = new Set(components.map((c) => normalize(c.name)));
  return proc.components
    .filter((c) => c.required && !have.has(normalize(c.name)))
    .map((c) => c.name);
}

export function incomplete(code: string, missing: string[]): AppError {
  return new AppError(
    "dossiers.incomplete",
    "unprocessable",
    {
      vi: `Hồ sơ ${code} chưa đủ thành phần bắt buộc: ${missing.join("; ")}. Hãy yêu cầu bổ sung, hoàn thiện (request-completion, Mẫu 02) bằng một lần duy nhất.`,
      en: `Dossier ${code} lacks required components: ${missing.join("; ")}. Ask to complete it (request-completion, Form 02) in one request.`,
    },
    {
      issues: missing.map((m) => ({
        field: "components",
        vi: `thiếu "${m}"`,
        en: `missing "${m}"`,
      })),
      extra: { missing },
    },
  );
}

/** The e-form data checked by the catalogue's validator, when it has one. */
export function checkForm(proc: ProcedureInfo, data: Record<string, unknown>): void {
  const issues: FieldIssue[] = proc.validateForm?.(data) ?? [];
  if (!issues.length) return;
  throw new AppError(
    "dossiers.bad_form_data",
    "bad_input",
    {
      vi: `Tờ khai điện tử không hợp lệ: ${issues.map((i) => `${i.field}: ${i.vi}`).join("; ")}`,
      en: `The e-form is not valid: ${issues.map((i) => `${i.field}: ${i.en}`).join("; ")}`,
    },
    { issues: issues.map((i) => ({ ...i, field: `formData.${i.field}` })) },
  );
}

/** The form of an item used to spot the same item twice: case, spacing, Unicode form, end dots. */
const itemKey = (s: string) => normalize(s).replace(/[\s.;,:]+$/u, "");

/**
 * The items of a written request (Form 02), each once, in the order first given: the same item
 * typed with other case, spacing, Unicode composition or a final dot is one item (Decree
 * 118/2025/NĐ-CP Art. 15(2): one complete list, nothing asked twice).
 */
export function uniqueItems(items: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of items) {
    const text = raw.normalize("NFC").trim().replace(/\s+/g, " ");
    const key = itemKey(text);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(text);
  }
  return out;
}

/**
 * The written list of what to add: the officer's own items, and each missing required component
 * the officer did not already word (an item naming the component covers it), each once.
 */
export function completionItems(missing: readonly string[], own: readonly string[]): string[] {
  const mine = uniqueItems(own);
  const keys = mine.map(itemKey);
  const left = missing.filter((m) => !keys.some((k) => k.includes(itemKey(m))));
  return uniqueItems([...left, ...mine]);
}
