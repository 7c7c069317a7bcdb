// Form controls with a visible label, an optional hint and an error tied by aria-describedby.
import {
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useId,
} from "react";
import { useT } from "../i18n/index.tsx";

interface Common {
  label: string;
  hint?: ReactNode;
  error?: string | null;
  required?: boolean;
}

function useDescribed(hint: ReactNode, error?: string | null) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errId = error ? `${id}-err` : undefined;
  return { id, hintId, errId, describedBy: [hintId, errId].filter(Boolean).join(" ") || undefined };
}

/** The control's own `required` tells screen readers; the star is for the eye. */
function Wrap({
  id,
  label,
  hint,
  hintId,
  error,
  errId,
  required,
  children,
}: Common & { id: string; hintId?: string; errId?: string; children: ReactNode }) {
  const t = useT();
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <div className="label-row">
        <label htmlFor={id}>{label}</label>
        {required && (
          <span className="req" aria-hidden="true" title={t("common.required")}>
            *
          </span>
        )}
      </div>
      {children}
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={errId}>
          {error}
        </p>
      )}
    </div>
  );
}

export function TextField({
  label,
  hint,
  error,
  required,
  ...rest
}: Common & InputHTMLAttributes<HTMLInputElement>) {
  const d = useDescribed(hint, error);
  return (
    <Wrap
      id={d.id}
      label={label}
      hint={hint}
      hintId={d.hintId}
      error={error}
      errId={d.errId}
      required={required}
    >
      <input
        id={d.id}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={d.describedBy}
        {...rest}
      />
    </Wrap>
  );
}

export function SelectField({
  label,
  hint,
  error,
  required,
  children,
  ...rest
}: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  const d = useDescribed(hint, error);
  return (
    <Wrap
      id={d.id}
      label={label}
      hint={hint}
      hintId={d.hintId}
      error={error}
      errId={d.errId}
      required={required}
    >
      <select
        id={d.id}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={d.describedBy}
        {...rest}
      >
        {children}
      </select>
    </Wrap>
  );
}

export function TextArea({
  label,
  hint,
  error,
  required,
  ...rest
}: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const d = useDescribed(hint, error);
  return (
    <Wrap
      id={d.id}
      label={label}
      hint={hint}
      hintId={d.hintId}
      error={error}
      errId={d.errId}
      required={required}
    >
      <textarea
        id={d.id}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={d.describedBy}
        {...rest}
      />
    </Wrap>
  );
}

/** The server's field errors for one field, in the reader's language. */
export function fieldError(error: unknown, field: string, lang: "vi" | "en"): string | null {
  const list = (error as { fieldErrors?: { field: string; vi: string; en: string }[] } | null)
    ?.fieldErrors;
  const hit = list?.find((f) => f.field === field || f.field.startsWith(`${field}.`));
  return hit ? hit[lang] : null;
}
