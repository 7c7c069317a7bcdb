// "Hồ sơ của tôi": the steps handed to this officer by pick-list, soonest step deadline first,
// with the counts of those overdue and those due within a day.
import { useInbox } from "../../api/dossiers.ts";
import { formatDateTime, useI18n } from "../../i18n/index.tsx";
import { Link } from "../../router.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { Section } from "../../ui/Page.tsx";
import { Empty, Loading } from "../../ui/Status.tsx";

export function MyInbox() {
  const { t, lang } = useI18n();
  const q = useInbox(true);
  return (
    <Section title={t("inbox.title", { n: q.data?.counts.total ?? "…" })} id="my-inbox">
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorBox error={q.error} onRetry={() => q.refetch()} />
      ) : q.data.counts.total === 0 ? (
        <Empty>{t("inbox.none")}</Empty>
      ) : (
        <>
          <p className="muted">
            {t("inbox.counts", { overdue: q.data.counts.overdue, soon: q.data.counts.dueSoon })}
          </p>
          <ul className="note-list">
            {q.data.items.map((d) => (
              <li key={d.code}>
                <Link to={`/ho-so/${encodeURIComponent(d.code)}`} className="code-link">
                  {d.code}
                </Link>{" "}
                <strong>{d.step.name}</strong>{" "}
                <span className={d.overdue ? "badge badge-late" : "badge badge-info"}>
                  {t(d.overdue ? "inbox.overdue" : "inbox.due", {
                    at: formatDateTime(lang, d.step.dueAt),
                  })}
                </span>
                <div className="muted small">
                  {d.stateName[lang]}
                  {d.step.handedBy ? ` · ← ${d.step.handedBy}` : ""}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
