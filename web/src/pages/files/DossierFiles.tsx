// The officer's view of the dossier's papers: each component's files open in the browser
// (PDF in its viewer, images as images), the reuse recorded beside them.
import { useState } from "react";
import type { DossierDetail } from "../../api/dossiers.ts";
import { dossierFileUrl } from "../../api/files.ts";
import { useI18n } from "../../i18n/index.tsx";
import { Section } from "../../ui/Page.tsx";

export function DossierFiles({ d }: { d: DossierDetail }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<string | null>(null);
  const withFiles = d.components.filter((c) => c.files.length);
  return (
    <Section title={t("files.title")} id="files">
      {withFiles.length === 0 && <p className="empty">{t("files.none")}</p>}
      <ul className="component-list">
        {withFiles.map((c) => (
          <li key={c.name}>
            <span>{c.name}</span>{" "}
            <span className="badge badge-info">{t(`dossier.digitized.${c.digitized}`)}</span>
            {c.fromPersonalStore && (
              <span className="badge badge-info">{t("files.fromStore")}</span>
            )}
            {c.files.map((sha, i) => (
              <button
                key={sha}
                type="button"
                className="btn-link"
                aria-pressed={open === sha}
                onClick={() => setOpen(open === sha ? null : sha)}
              >
                {t("files.view", { n: i + 1 })}
              </button>
            ))}
          </li>
        ))}
      </ul>
      {open && (
        <div className="file-viewer">
          <iframe title={t("files.viewer")} src={dossierFileUrl(d.code, open)} />
          <a href={dossierFileUrl(d.code, open)} target="_blank" rel="noreferrer">
            {t("files.newTab")}
          </a>
        </div>
      )}
    </Section>
  );
}
