// One procedure, its seven published parts (Decree 63/2010/NĐ-CP Art. 8) and the way to apply.
import { useProcedure } from "../../api/catalog.ts";
import { type Agency, useAgencies } from "../../api/identity.ts";
import { duration } from "../../i18n/format.ts";
import { formatDate, useI18n } from "../../i18n/index.tsx";
import { Link } from "../../router.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { Page, Section } from "../../ui/Page.tsx";
import { Loading } from "../../ui/Status.tsx";
import { PlainTable } from "../../ui/Table.tsx";
import { feeText, OnlineBadge } from "./ProcedureCard.tsx";

export function ProcedureDetail({ params }: { params: Record<string, string> }) {
  const { t, lang } = useI18n();
  const proc = useProcedure(params.code);
  const agencies = useAgencies();
  if (proc.isPending) return <Loading />;
  if (proc.isError)
    return (
      <Page title={t("catalog.title")}>
        <ErrorBox error={proc.error} onRetry={() => proc.refetch()} />
        <Link to="/thu-tuc">{t("catalog.back")}</Link>
      </Page>
    );
  const p = proc.data;
  return (
    <Page
      title={p.name}
      lead={
        <>
          <code>{p.code}</code> · {p.field} · {t(`catalog.level.${p.level}`)}{" "}
          <OnlineBadge level={p.onlineLevel} />
        </>
      }
      actions={
        p.onlineLevel !== "none" && (
          <Link to={`/nop-truc-tuyen/${encodeURIComponent(p.code)}`} className="btn btn-primary">
            {t("catalog.submitOnline")}
          </Link>
        )
      }
    >
      <p className="crumbs">
        <Link to="/thu-tuc">← {t("catalog.back")}</Link>
      </p>
      <div className="split split-wide">
        <div className="stack">
          {p.sequence.length > 0 && (
            <Section title={t("catalog.sequence")} id="seq">
              <ol className="steps-list">
                {p.sequence.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ol>
            </Section>
          )}
          <Section title={t("catalog.components")} id="components">
            <PlainTable
              wrap
              rows={p.components}
              rowKey={(c) => c.name}
              columns={[
                {
                  header: t("catalog.component"),
                  cell: (c) => (
                    <>
                      {c.name}
                      {c.form && <span className="muted"> ({c.form})</span>}
                    </>
                  ),
                },
                {
                  header: t("catalog.required"),
                  cell: (c) => (c.required ? t("common.yes") : t("common.no")),
                },
                { header: t("catalog.originals"), num: true, cell: (c) => c.originals ?? "—" },
                { header: t("catalog.copies"), num: true, cell: (c) => c.copies ?? "—" },
              ]}
            />
            {p.sets && <p className="muted">{t("catalog.sets", { n: p.sets })}</p>}
          </Section>
          {p.legalBasis.length > 0 && (
            <Section title={t("catalog.legalBasis")} id="legal">
              <ul>
                {p.legalBasis.map((l) => (
                  <li key={l}>{l}</li>
                ))}
              </ul>
            </Section>
          )}
        </div>
        <Section title={t("common.details")} id="facts">
          <dl className="facts facts-stacked">
            <dt>{t("catalog.duration")}</dt>
            <dd>{duration(t, p.duration)}</dd>
            <dt>{t("catalog.fees")}</dt>
            <dd>{feeText(p, lang, t("catalog.free"))}</dd>
            <dt>{t("catalog.methods")}</dt>
            <dd>{p.methods.map((m) => t(`catalog.method.${m}`)).join("; ") || "—"}</dd>
            <dt>{t("catalog.applicants")}</dt>
            <dd>
              {p.applicantTypes
                .map((a) => t(`catalog.applicant.${a}` as "catalog.applicant.citizen"))
                .join("; ") || "—"}
            </dd>
            <dt>{t("catalog.agencies")}</dt>
            <dd>
              <AgencyList codes={p.agencies} agencies={agencies.data ?? []} />
            </dd>
            <dt>{t("catalog.result")}</dt>
            <dd>{p.result ?? "—"}</dd>
            {p.forms.length > 0 && (
              <>
                <dt>{t("catalog.forms")}</dt>
                <dd>
                  <ul className="plain">
                    {p.forms.map((f) => (
                      <li key={f.name}>{f.url ? <a href={f.url}>{f.name}</a> : f.name}</li>
                    ))}
                  </ul>
                </dd>
              </>
            )}
          </dl>
          <p className="hint">
            {t("catalog.version", { n: p.version, date: formatDate(lang, p.validFrom) })}
          </p>
        </Section>
      </div>
    </Page>
  );
}

/** Agencies by name; a long list (a commune procedure done by every commune) is summarised by level. */
function AgencyList({ codes, agencies }: { codes: string[]; agencies: Agency[] }) {
  const { t } = useI18n();
  const found = codes
    .map((c) => agencies.find((a) => a.code === c))
    .filter((a): a is Agency => !!a);
  if (codes.length <= 5)
    return <>{codes.map((c) => found.find((a) => a.code === c)?.name ?? c).join("; ")}</>;
  const byLevel = new Map<string, number>();
  for (const a of found) byLevel.set(a.level, (byLevel.get(a.level) ?? 0) + 1);
  return (
    <>
      {[...byLevel.entries()]
        .map(([level, n]) =>
          t("catalog.agenciesMany", {
            level: t(`agency.level.${level}` as "agency.level.commune"),
            n,
          }),
        )
        .join("; ")}
    </>
  );
}
