// Forms issued for the dossier (each a stored PDF); Form 06 (control sheet) is rendered on demand.
import { type DossierDetail, formUrl } from "../../api/dossiers.ts";
import { type Key, useT } from "../../i18n/index.tsx";

export function FormLinks({ d }: { d: DossierDetail }) {
  const t = useT();
  const issued = new Set(
    d.events.filter((e) => e.type === "form-issued").map((e) => String(e.data.form)),
  );
  if (d.receivedAt) issued.add("01");
  const forms = [...issued, "06"]
    .filter(
      (f, i, a) => a.indexOf(f) === i && ["01", "02", "03", "05", "06", "withdrawal"].includes(f),
    )
    .sort();
  return (
    <ul className="plain link-list">
      {forms.map((f) => (
        <li key={f}>
          <a href={formUrl(d.code, f)} target="_blank" rel="noopener">
            {t(`dossier.form.${f}` as Key)}
          </a>
        </li>
      ))}
    </ul>
  );
}
