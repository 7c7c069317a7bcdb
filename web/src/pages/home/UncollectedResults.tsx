// Results issued but not collected: past the rule's working days (data on the server), oldest
// first, with how long each has waited, for the counter to contact the applicant.
import { useUncollected } from "../../api/dossiers.ts";
import { formatDateTime, useI18n } from "../../i18n/index.tsx";
import { Link } from "../../router.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { Section } from "../../ui/Page.tsx";
import { Empty, Loading } from "../../ui/Status.tsx";

/** Working days and hours of an 8-hour working day, as a person reads them. */
const days = (m: number) => ({ d: Math.floor(m / 480), h: Math.round(((m % 480) / 60) * 10) / 10 });

export function UncollectedResults() {
  const { t, lang } = useI18n();
  const q = useUncollected(true);
  return (
    <Section title={t("uncollected.title", { n: q.data?.count ?? "…" })} id="uncollected">
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorBox error={q.error} onRetry={() => q.refetch()} />
      ) : (
        <>
          <p className="muted small">{t("uncollected.rule", { n: q.data.rule.threshold })}</p>
          {q.data.count === 0 ? (
            <Empty>{t("uncollected.none")}</Empty>
          ) : (
            <ul className="note-list">
              {q.data.items.map((d) => (
                <li key={d.code}>
                  <Link to={`/ho-so/${encodeURIComponent(d.code)}`} className="code-link">
                    {d.code}
                  </Link>{" "}
                  <span className="badge badge-late">
                    {t("uncollected.waited", days(d.waitingWorkingMinutes))}
                  </span>
                  <div className="muted small">
                    {t("uncollected.issued")}: {formatDateTime(lang, d.issuedAt)}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Section>
  );
}
