// An e-form (tờ khai điện tử) from the procedure's JSON Schema subset (server/modules/catalog/
// rules/eform-schema.ts): text, date, e-mail, choice, number, yes/no and lists of text.
import { useId } from "react";
import { useI18n } from "../i18n/index.tsx";
import { DateField, fieldError, SelectField, TextArea, TextField } from "./Field.tsx";

export interface Schema {
  type?: string;
  title?: string;
  description?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  enum?: unknown[];
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  items?: Schema;
}

export type FormValues = Record<string, string | boolean>;

/** Form values as the API takes them: typed, empty ones left out. */
export function toFormData(schema: Schema, values: FormValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, s] of Object.entries(schema.properties ?? {})) {
    const v = values[k];
    if (v === undefined || v === "") continue;
    if (s.type === "boolean") out[k] = v === true;
    else if (s.type === "number" || s.type === "integer") out[k] = Number(v);
    else if (s.type === "array")
      out[k] = String(v)
        .split("\n")
        .map((x) => x.trim())
        .filter(Boolean);
    else out[k] = String(v).trim();
  }
  return out;
}

/** Properties in reading order: required first, then the rest. */
export function fieldOrder(schema: Schema, skip: Set<string>): string[] {
  const props = schema.properties ?? {};
  const keys = Object.keys(props).filter((k) => !skip.has(k));
  const req = new Set(schema.required ?? []);
  // Stored schemas may lose their key order (jsonb): names and text first, then dates, then choices.
  const kind = (s: Schema) => (s.enum || s.type === "boolean" ? 2 : s.format === "date" ? 1 : 0);
  const rank = (k: string) => (req.has(k) ? 0 : 10) + kind(props[k]);
  return keys
    .map((k, i) => ({ k, i }))
    .sort((a, b) => rank(a.k) - rank(b.k) || a.i - b.i)
    .map((x) => x.k);
}

interface Props {
  schema: Schema;
  values: FormValues;
  onChange(v: FormValues): void;
  error: unknown;
  /** Properties filled from elsewhere (the applicant's details). */
  skip?: Set<string>;
}

export function EForm({ schema, values, onChange, error, skip = new Set() }: Props) {
  const { lang } = useI18n();
  const base = useId();
  const req = new Set(schema.required ?? []);
  const set = (k: string, v: string | boolean) => onChange({ ...values, [k]: v });
  return (
    <div className="eform">
      {fieldOrder(schema, skip).map((k) => {
        const s = schema.properties![k];
        const label = s.title ?? k;
        const common = {
          label,
          hint: s.description,
          required: req.has(k),
          error: fieldError(error, `formData.${k}`, lang),
        };
        const v = values[k];
        if (s.enum)
          return (
            <SelectField
              key={k}
              {...common}
              value={String(v ?? "")}
              onChange={(e) => set(k, e.target.value)}
            >
              <option value="">—</option>
              {s.enum.map((o) => (
                <option key={String(o)} value={String(o)}>
                  {String(o)}
                </option>
              ))}
            </SelectField>
          );
        if (s.type === "boolean")
          return (
            <div className="check" key={k}>
              <input
                id={`${base}-${k}`}
                type="checkbox"
                checked={v === true}
                onChange={(e) => set(k, e.target.checked)}
              />
              <label htmlFor={`${base}-${k}`}>{label}</label>
            </div>
          );
        if (s.type === "array")
          return (
            <TextArea
              key={k}
              {...common}
              rows={3}
              value={String(v ?? "")}
              onChange={(e) => set(k, e.target.value)}
            />
          );
        if (s.format === "date")
          return (
            <DateField key={k} {...common} value={String(v ?? "")} onValue={(x) => set(k, x)} />
          );
        const type =
          s.type === "number" || s.type === "integer"
            ? "number"
            : s.format === "email"
              ? "email"
              : "text";
        return (
          <TextField
            key={k}
            {...common}
            type={type}
            min={s.minimum}
            max={s.maximum}
            step={s.type === "integer" ? 1 : undefined}
            maxLength={s.maxLength}
            value={String(v ?? "")}
            onChange={(e) => set(k, e.target.value)}
            autoComplete="off"
          />
        );
      })}
    </div>
  );
}
