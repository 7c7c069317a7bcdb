// The result document of issue-result: the leader picks the PDF, it is uploaded (with progress),
// checked and signed by the server; the signer and a link to the signed file are shown.
import { type ChangeEvent, useState } from "react";
import { resultFileUrl, type SignedResult, uploadResultFile } from "../../api/dossiers.ts";
import { useT } from "../../i18n/index.tsx";
import { UploadField, useUpload } from "../../ui/UploadField.tsx";

interface Props {
  code: string;
  /** An error about the `file` field of the action, from the server. */
  error?: string | null;
  onSigned(r: SignedResult | null): void;
}

export function ResultUpload({ code, error, onSigned }: Props) {
  const t = useT();
  const u = useUpload();
  const [signed, setSigned] = useState<SignedResult | null>(null);

  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    setSigned(null);
    u.setFailure(null);
    onSigned(null);
    if (!file) return;
    u.setProgress(0);
    await u.run(async () => {
      const r = await uploadResultFile(code, file, u.setProgress);
      setSigned(r);
      onSigned(r);
    });
  };

  return (
    <UploadField
      label={t("dossier.resultFile")}
      required
      hint={t("dossier.resultFileHint")}
      error={u.failure ?? error ?? null}
      busyLabel={t("dossier.resultUploading")}
      progress={u.progress}
      waitAtEnd
      input={{ accept: "application/pdf", required: !signed, onChange: pick }}
    >
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
    </UploadField>
  );
}
