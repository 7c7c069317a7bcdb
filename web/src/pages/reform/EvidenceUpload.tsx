// Evidence files of a progress report or a remediation item: each picked file is uploaded to the
// content-checked store at once (with progress) and named by its hash in the report.
import { type ChangeEvent, useId, useState } from "react";
import { ApiError } from "../../api/client.ts";
import { uploadEvidence } from "../../api/reform.ts";
import { useI18n } from "../../i18n/index.tsx";

export interface Evidence {
  name: string;
  sha256: string;
  size: number;
}

export function EvidenceUpload(p: {
  label: string;
  required?: boolean;
  files: Evidence[];
  onChange(files: Evidence[]): void;
}) {
  const { t, lang } = useI18n();
  const id = useId();
  const [progress, setProgress] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const picked = [...(e.target.files ?? [])];
    e.target.value = "";
    setFailure(null);
    const added: Evidence[] = [];
    try {
      for (const file of picked) {
        setProgress(0);
        const r = await uploadEvidence(file, setProgress);
        added.push({ name: file.name, sha256: r.sha256, size: r.size });
      }
    } catch (x) {
      setFailure(x instanceof ApiError ? x.messages[lang] : String(x));
    } finally {
      setProgress(null);
      if (added.length) p.onChange([...p.files, ...added]);
    }
  };

  return (
    <div className={failure ? "field field-invalid" : "field"}>
      <div className="label-row">
        <label htmlFor={id}>{p.label}</label>
        {p.required && (
          <span className="req" aria-hidden="true">
            *
          </span>
        )}
      </div>
      <input
        id={id}
        type="file"
        multiple
        disabled={progress !== null}
        onChange={pick}
        aria-describedby={`${id}-hint${failure ? ` ${id}-err` : ""}`}
      />
      <p className="hint" id={`${id}-hint`}>
        {t("reform.evidence.hint")}
      </p>
      {progress !== null && (
        <div role="status">
          <progress max={1} value={progress} aria-label={t("reform.evidence.uploading")} />{" "}
          {t("reform.evidence.uploading")}
        </div>
      )}
      {p.files.length > 0 && (
        <ul aria-label={t("reform.evidence.list")}>
          {p.files.map((f) => (
            <li key={f.sha256} data-testid="evidence-file">
              {f.name} ({Math.ceil(f.size / 1024)} KB){" "}
              <button
                type="button"
                className="btn btn-ghost"
                onClick={() => p.onChange(p.files.filter((x) => x.sha256 !== f.sha256))}
              >
                {t("reform.evidence.remove", { name: f.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {failure && (
        <p className="field-error" id={`${id}-err`} role="alert">
          {failure}
        </p>
      )}
    </div>
  );
}
