// One file picker per component: each chosen file is uploaded at once (the server checks it by
// content) and the component keeps the stored files' hashes.
import { useState } from "react";
import type { ApiError } from "../../api/client.ts";
import { type StagedUpload, uploadComponentFile } from "../../api/files.ts";
import { useI18n } from "../../i18n/index.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";

export type FilesByComponent = Record<string, StagedUpload[]>;

export function ComponentUploads({
  components,
  value,
  onChange,
}: {
  components: { name: string; required: boolean }[];
  value: FilesByComponent;
  onChange(next: (prev: FilesByComponent) => FilesByComponent): void;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const pick = async (name: string, list: FileList | null) => {
    if (!list?.length) return;
    setError(null);
    setBusy(name);
    try {
      for (const file of Array.from(list)) {
        const stored = await uploadComponentFile(file);
        onChange((prev) => ({ ...prev, [name]: [...(prev[name] ?? []), stored] }));
      }
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(null);
    }
  };
  const remove = (name: string, sha: string) =>
    onChange((prev) => ({ ...prev, [name]: (prev[name] ?? []).filter((f) => f.sha256 !== sha) }));
  return (
    <div className="stack">
      <p className="hint">{t("files.hint")}</p>
      {components.map((c, i) => (
        <div className="field" key={c.name}>
          <label htmlFor={`file-${i}`}>
            {c.name}
            {c.required && <span className="badge badge-neutral">{t("catalog.required")}</span>}
          </label>
          <input
            id={`file-${i}`}
            type="file"
            multiple
            accept="application/pdf,image/png,image/jpeg,image/tiff"
            disabled={busy !== null}
            onChange={(e) => {
              void pick(c.name, e.target.files);
              e.target.value = "";
            }}
          />
          {busy === c.name && <span className="hint">{t("files.uploading")}</span>}
          <ul className="file-list">
            {(value[c.name] ?? []).map((f) => (
              <li key={f.sha256}>
                <span data-file={f.sha256}>{f.fileName}</span> ({Math.ceil(f.size / 1024)} KiB){" "}
                <button type="button" className="btn-link" onClick={() => remove(c.name, f.sha256)}>
                  {t("files.remove")}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
      {error && <ErrorBox error={error} />}
    </div>
  );
}

/** The components with files, as the intake body takes them. */
export const withFiles = (value: FilesByComponent) =>
  Object.entries(value)
    .filter(([, files]) => files.length)
    .map(([name, files]) => ({ name, files: files.map((f) => f.sha256) }));
