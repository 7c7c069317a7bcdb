// The result document of issue-result: the leader picks the PDF, it is uploaded (with progress),
// checked and signed by the server; the signer and a link to the signed file are shown.
import { type ChangeEvent, useId, useState } from "react";
import { ApiError } from "../../api/client.ts";
import { resultFileUrl, type SignedResult, uploadResultFile } from "../../api/dossiers.ts";
import { useI18n } from "../../i18n/index.tsx";

interface Props {
  code: string;
  /** An error about the `file` field of the action, from the server. */
  error?: string | null;
  onSigned(r: SignedResult | null): void;
}

export function ResultUpload({ code, error, onSigned }: Props) {
  const { t, lang } = useI18n();
  const id = useId();
  const [progress, setProgress] = useState<number | null>(null);
  const [signed, setSigned] = useState<SignedResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    setSigned(null);
    setFailure(null);
    onSigned(null);
    if (!file) return;
    setProgress(0);
    try {
      const r = await uploadResultFile(code, file, setProgress);
      setSigned(r);
      onSigned(r);
    } catch (x) {
      setFailure(x instanceof ApiError ? x.messages[lang] : String(x));
    } finally {
      setProgress(null);
    }
  };

  const shown = failure ?? error ?? null;
  return (
    <div className={shown ? "field field-invalid" : "field"}>
      <div className="label-row">
        <label htmlFor={id}>{t("dossier.resultFile")}</label>
        <span className="req" aria-hidden="true">
          *
        </span>
      </div>
      <input
        id={id}
        type="file"
        accept="application/pdf"
        required={!signed}
        disabled={progress !== null}
        onChange={pick}
        aria-describedby={`${id}-hint${shown ? ` ${id}-err` : ""}`}
      />
      <p className="hint" id={`${id}-hint`}>
        {t("dossier.resultFileHint")}
      </p>
      {progress !== null && (
        <div role="status">
          {/* Indeterminate once the bytes are sent: the server is signing. */}
          <progress
            max={1}
            value={progress > 0 && progress < 1 ? progress : undefined}
            aria-label={t("dossier.resultUploading")}
          />{" "}
          {t("dossier.resultUploading")}
        </div>
      )}
      {signed && (
        <p role="status">
          {t("dossier.resultSigned", {
            name: signed.signer.name,
            certificate: signed.signer.certificate,
          })}{" "}
          {signed.signer.demo && <em>{t("dossier.resultDemo")} </em>}
          <a href={resultFileUrl(code, signed.sha256)} target="_blank" rel="noopener">
            {t("dossier.resultView")}
          </a>
        </p>
      )}
      {shown && (
        <p className="field-error" id={`${id}-err`}>
          {shown}
        </p>
      )}
    </div>
  );
}
