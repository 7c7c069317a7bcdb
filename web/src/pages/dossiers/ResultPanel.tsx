// The result on the dossier's page: the handling officer's draft (which the leader reads before
// approving) and the signed result documents, the issued one marked, each a link to its PDF.
import { type ChangeEvent, useState } from "react";
import { ApiError } from "../../api/client.ts";
import { type DossierDetail, resultFileUrl, uploadDraftResult } from "../../api/dossiers.ts";
import { formatDateTime, useI18n } from "../../i18n/index.tsx";
import { Section } from "../../ui/Page.tsx";

export function ResultPanel({ d, onChanged }: { d: DossierDetail; onChanged(): void }) {
  const { t, lang } = useI18n();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Whoever may hand the dossier over (the server's list) may attach the draft.
  const mayDraft = d.state === "handling" && d.allowedActions.includes("forward");
  if (!d.draftResult && d.resultDocuments.length === 0 && !mayDraft) return null;
  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    setFailure(null);
    setBusy(true);
    try {
      await uploadDraftResult(d.code, file);
      onChanged();
    } catch (x) {
      setFailure(x instanceof ApiError ? x.messages[lang] : String(x));
    } finally {
      setBusy(false);
    }
  };
  const link = (sha: string, label: string) => (
    <a href={resultFileUrl(d.code, sha)} target="_blank" rel="noreferrer">
      {label}
    </a>
  );
  return (
    <Section title={t("dossier.resultPanel")} id="result">
      <ul className="note-list">
        {d.resultDocuments.map((r) => (
          <li key={r.sha256}>
            {link(r.sha256, t("dossier.resultSignedDoc"))}{" "}
            {d.result?.file === r.sha256 && (
              <span className="badge badge-ok">
                {t("dossier.resultIssued", { code: d.result.code })}
              </span>
            )}
            <div className="muted small">
              {r.signer} · {formatDateTime(lang, r.createdAt)}
            </div>
          </li>
        ))}
        {d.draftResult && (
          <li>
            {link(d.draftResult.sha256, t("dossier.resultDraft"))}
            <div className="muted small">{formatDateTime(lang, d.draftResult.createdAt)}</div>
          </li>
        )}
      </ul>
      {mayDraft && (
        <div className={failure ? "field field-invalid" : "field"}>
          <label htmlFor="draft-result">{t("dossier.resultDraftUpload")}</label>
          <input
            id="draft-result"
            type="file"
            accept="application/pdf"
            disabled={busy}
            onChange={pick}
          />
          {failure && (
            <p className="field-error" role="alert">
              {failure}
            </p>
          )}
        </div>
      )}
    </Section>
  );
}
