// A file field whose files are sent as soon as they are picked: the label, the hint, the progress
// announced while sending, what has been sent (given by the page) and the refusal.
import { type InputHTMLAttributes, type ReactNode, useId, useState } from "react";
import { ApiError } from "../api/client.ts";
import { useI18n } from "../i18n/index.tsx";

/** The progress of a send (null when idle) and its refusal in the reader's language. */
export function useUpload() {
  const { lang } = useI18n();
  const [progress, setProgress] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const run = async (send: () => Promise<void>, after?: () => void) => {
    try {
      await send();
    } catch (x) {
      setFailure(x instanceof ApiError ? x.messages[lang] : String(x));
    } finally {
      setProgress(null);
      after?.();
    }
  };
  return { progress, setProgress, failure, setFailure, run };
}

export function UploadField({
  label,
  required,
  hint,
  error,
  errorAlert,
  busyLabel,
  progress,
  waitAtEnd,
  input,
  children,
}: {
  label: string;
  /** Shows the star; the input's own `required` goes in `input`. */
  required?: boolean;
  hint: ReactNode;
  error: string | null;
  /** The refusal is announced at once (role="alert"). */
  errorAlert?: boolean;
  busyLabel: string;
  progress: number | null;
  /** Indeterminate once the bytes are sent (the server works on them). */
  waitAtEnd?: boolean;
  input: Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "type" | "disabled">;
  children?: ReactNode;
}) {
  const id = useId();
  const value =
    progress !== null && waitAtEnd && !(progress > 0 && progress < 1) ? undefined : progress;
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <div className="label-row">
        <label htmlFor={id}>{label}</label>
        {required && (
          <span className="req" aria-hidden="true">
            *
          </span>
        )}
      </div>
      <input
        id={id}
        type="file"
        disabled={progress !== null}
        aria-describedby={`${id}-hint${error ? ` ${id}-err` : ""}`}
        {...input}
      />
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
      {progress !== null && (
        <div role="status">
          <progress max={1} value={value ?? undefined} aria-label={busyLabel} /> {busyLabel}
        </div>
      )}
      {children}
      {error && (
        <p className="field-error" id={`${id}-err`} role={errorAlert ? "alert" : undefined}>
          {error}
        </p>
      )}
    </div>
  );
}
