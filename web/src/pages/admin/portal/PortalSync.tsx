// The administrator's page of the national portal link: backlog, oldest undelivered change,
// deliveries per minute, last error, what the portal holds, and the refused records.
import { type PortalStatus, usePortalStatus } from "../../../api/portal.ts";
import { formatDateTime, useI18n } from "../../../i18n/index.tsx";
import { ErrorBox } from "../../../ui/ErrorBox.tsx";
import { Page, Section } from "../../../ui/Page.tsx";
import { Loading } from "../../../ui/Status.tsx";
import { DeadLetters } from "./DeadLetters.tsx";
import { OutboxChannels } from "./OutboxChannels.tsx";

function Figures({ s }: { s: PortalStatus }) {
  const { t, lang } = useI18n();
  const rows: [string, string][] = [
    [t("portal.backlog"), t("portal.backlogValue", { n: s.backlog, d: s.backlogSubjects })],
    [
      t("portal.oldest"),
      s.oldestUndeliveredAt
        ? `${formatDateTime(lang, s.oldestUndeliveredAt)} (${t("portal.ago", { s: s.oldestUndeliveredAgeSeconds ?? 0 })})`
        : t("portal.none"),
    ],
    [t("portal.rate"), t("portal.rateValue", { n: s.perMinute, avg: s.perMinute15 })],
    [t("portal.total"), String(s.deliveredTotal)],
    [t("portal.lastSuccess"), s.lastSuccessAt ? formatDateTime(lang, s.lastSuccessAt) : "—"],
    [
      t("portal.lastError"),
      s.lastError ? `${s.lastError} — ${formatDateTime(lang, s.lastErrorAt)}` : t("portal.none"),
    ],
    [
      t("portal.retrying"),
      s.retrying
        ? t("portal.retryingValue", {
            n: s.retrying.attempts,
            at: formatDateTime(lang, s.retrying.nextAttemptAt),
          })
        : t("portal.none"),
    ],
  ];
  return (
    <dl className="facts">
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

export default function PortalSync() {
  const { t } = useI18n();
  const status = usePortalStatus();
  const s = status.data;
  return (
    <Page title={t("portal.title")} lead={t("portal.lead")}>
      {status.isError ? (
        <ErrorBox error={status.error} onRetry={() => status.refetch()} />
      ) : !s ? (
        <Loading />
      ) : (
        <>
          <Section title={t("portal.link")} id="link">
            <p>
              {s.configured
                ? t("portal.configured", { url: s.portalUrl ?? "" })
                : t("portal.notConfigured")}
            </p>
            <Figures s={s} />
          </Section>
          {s.portal && (
            <Section title={t("portal.holds")} id="holds">
              <p>
                {t("portal.holdsValue", {
                  n: s.portal.holding ?? 0,
                  r: s.portal.rejected ?? 0,
                  c: s.portal.submissions?.created ?? 0,
                })}
              </p>
              <ul className="plain">
                {(s.portal.recent ?? []).slice(0, 8).map((r) => (
                  <li key={`${r.code}-${r.revision}`}>
                    <code>{r.code}</code> — {t("portal.revision", { n: r.revision })},{" "}
                    {t("portal.status", { n: r.status })}
                  </li>
                ))}
              </ul>
            </Section>
          )}
          <Section title={t("portal.dead", { n: s.deadLetters })} id="dead">
            <DeadLetters list={s.deadLetterList} />
          </Section>
          <OutboxChannels />
        </>
      )}
    </Page>
  );
}
