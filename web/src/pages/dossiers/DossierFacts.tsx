import type { DossierDetail } from "../../api/dossiers.ts";
import { formatDateTime, useI18n } from "../../i18n/index.tsx";
import { Section } from "../../ui/Page.tsx";

export function DossierFacts({
  d,
  procedureName,
  agencyName,
}: {
  d: DossierDetail;
  procedureName?: string;
  agencyName(code: string | null): string;
}) {
  const { t, lang } = useI18n();
  const a = d.applicant;
  const org = a?.kind === "organisation";
  return (
    <>
      <Section title={t("dossier.facts")} id="facts">
        <dl className="facts facts-2">
          <dt>{t("dossier.procedure")}</dt>
          <dd>
            {procedureName ?? d.procedure} <code>{d.procedure}</code>
          </dd>
          <dt>{t("dossier.agency")}</dt>
          <dd>{agencyName(d.agency)}</dd>
          <dt>{t("dossier.receivingUnit")}</dt>
          <dd>{agencyName(d.receivingUnit)}</dd>
          <dt>{t("dossier.channel")}</dt>
          <dd>
            {t(`channel.${d.channel}`)}
            {d.vneidVerified && (
              <>
                {" "}
                <span className="badge badge-info">{t("vneid.verified")}</span>
              </>
            )}
            {d.populationDb && (
              <>
                {" "}
                <span className="badge badge-info">{t("dossier.populationDb")}</span>
              </>
            )}
          </dd>
          {d.fees.some((f) => f.amount > 0) && (
            <>
              <dt>{t("dossier.fees")}</dt>
              <dd data-testid="dossier-fees">
                {d.fees
                  .filter((f) => f.amount > 0)
                  .map((f) => `${f.name}: ${f.amount.toLocaleString("vi-VN")} đ`)
                  .join("; ")}
                {d.paidOnline ? (
                  <>
                    {" "}
                    <span className="badge badge-ok">{t("pay.paidShort")}</span>
                  </>
                ) : null}
              </dd>
            </>
          )}
          <dt>{t("dossier.submittedAt")}</dt>
          <dd>{formatDateTime(lang, d.submittedAt)}</dd>
          <dt>{t("dossier.receivedAt")}</dt>
          <dd>{formatDateTime(lang, d.receivedAt) || "—"}</dd>
          <dt>{t("dossier.dueAt")}</dt>
          <dd>
            <strong>{formatDateTime(lang, d.dueAt) || "—"}</strong>
          </dd>
          {d.extendedDueAt && (
            <>
              <dt>{t("late.newDue")}</dt>
              <dd>
                <strong>{formatDateTime(lang, d.extendedDueAt)}</strong>
              </dd>
            </>
          )}
          <dt>{t("dossier.finishedAt")}</dt>
          <dd>{formatDateTime(lang, d.finishedAt) || "—"}</dd>
          {d.pausedWorkingMinutes > 0 && (
            <>
              <dt>{t("dossier.paused")}</dt>
              <dd>{t("dossier.pausedMinutes", { n: d.pausedWorkingMinutes })}</dd>
            </>
          )}
          {d.supplementRequests > 0 && (
            <>
              <dt>{t("dossier.supplements")}</dt>
              <dd>{d.supplementRequests}</dd>
            </>
          )}
          <dt>{t("dossier.secret")}</dt>
          <dd>
            <code>{d.secret}</code>
          </dd>
          {d.result && (
            <>
              <dt>{t("dossier.result")}</dt>
              <dd>{d.result.code}</dd>
            </>
          )}
        </dl>
      </Section>
      {a && (
        <Section title={t("dossier.applicant")} id="applicant">
          <dl className="facts facts-2">
            <dt>{t(org ? "dossier.org.name" : "dossier.name")}</dt>
            <dd>{a.name}</dd>
            {a.idNumber && (
              <>
                <dt>{t(org ? "dossier.org.taxCode" : "dossier.idNumber")}</dt>
                <dd>{a.idNumber}</dd>
              </>
            )}
            {a.phone && (
              <>
                <dt>{t("dossier.phone")}</dt>
                <dd>{a.phone}</dd>
              </>
            )}
            {a.email && (
              <>
                <dt>{t("dossier.email")}</dt>
                <dd>{a.email}</dd>
              </>
            )}
            {a.address && (
              <>
                <dt>{t(org ? "dossier.org.address" : "dossier.address")}</dt>
                <dd>{a.address}</dd>
              </>
            )}
            {a.representative && (
              <>
                <dt>{t(org ? "dossier.org.representative" : "dossier.representative")}</dt>
                <dd>{a.representative}</dd>
              </>
            )}
          </dl>
        </Section>
      )}
      <Section title={t("dossier.components")} id="components">
        <ul className="component-list">
          {d.components.map((c) => (
            <li key={c.name}>
              <span>{c.name}</span>
              {c.required && <span className="badge badge-neutral">{t("catalog.required")}</span>}
              <span className="badge badge-info">
                {c.fromPopulationData
                  ? t("intake.fromPopulationData")
                  : t(`dossier.digitized.${c.digitized}`)}
              </span>
            </li>
          ))}
        </ul>
        {d.components.length === 0 && <p className="empty">—</p>}
      </Section>
    </>
  );
}
