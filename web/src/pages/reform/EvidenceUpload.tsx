// Evidence files of a progress report or a remediation item: each picked file is uploaded to the
// content-checked store at once (with progress) and named by its hash in the report.
import type { ChangeEvent } from "react";
import { uploadEvidence } from "../../api/reform.ts";
import { useT } from "../../i18n/index.tsx";
import { UploadField, useUpload } from "../../ui/UploadField.tsx";

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
  const t = useT();
  const u = useUpload();

  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const picked = [...(e.target.files ?? [])];
    e.target.value = "";
    u.setFailure(null);
    const added: Evidence[] = [];
    await u.run(
      async () => {
        for (const file of picked) {
          u.setProgress(0);
          const r = await uploadEvidence(file, u.setProgress);
          added.push({ name: file.name, sha256: r.sha256, size: r.size });
        }
      },
      () => {
        if (added.length) p.onChange([...p.files, ...added]);
      },
    );
  };

  return (
    <UploadField
      label={p.label}
      required={p.required}
      hint={t("reform.evidence.hint")}
      error={u.failure}
      errorAlert
      busyLabel={t("reform.evidence.uploading")}
      progress={u.progress}
      input={{ multiple: true, onChange: pick }}
    >
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
    </UploadField>
  );
}
