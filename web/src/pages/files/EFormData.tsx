// The e-form data (tờ khai điện tử) as the applicant typed it, labelled with the procedure's
// e-form titles, for the officer handling the dossier.
import { Fragment } from "react";
import { formatDate, useI18n } from "../../i18n/index.tsx";
import type { Schema } from "../../ui/EForm.tsx";
import { Section } from "../../ui/Page.tsx";

export function EFormData({
  data,
  schema,
}: {
  data: Record<string, unknown>;
  schema: Schema | null | undefined;
}) {
  const { t, lang } = useI18n();
  const props = schema?.properties ?? {};
  // The schema's order first, then any field the schema no longer names.
  const keys = [
    ...Object.keys(props).filter((k) => k in data),
    ...Object.keys(data).filter((k) => !(k in props)),
  ];
  const show = (k: string, v: unknown): string => {
    if (v === true) return t("common.yes");
    if (v === false) return t("common.no");
    if (Array.isArray(v)) return v.map(String).join("; ");
    if (props[k]?.format === "date" && typeof v === "string") return formatDate(lang, v) || v;
    return String(v);
  };
  return (
    <Section title={t("eformData.title")} id="eform-data">
      {keys.length === 0 ? (
        <p className="empty">{t("eformData.none")}</p>
      ) : (
        <dl className="facts facts-2" data-testid="eform-data">
          {keys.map((k) => (
            <Fragment key={k}>
              <dt>{props[k]?.title ?? k}</dt>
              <dd>{show(k, data[k])}</dd>
            </Fragment>
          ))}
        </dl>
      )}
    </Section>
  );
}
