// The counter's online tray: dossiers submitted online waiting for reception, with their count,
// oldest first, and how long each has waited in working time (warned past one working day).
import { useOnlineTray } from "../../api/dossiers.ts";
import { formatDateTime, useI18n } from "../../i18n/index.tsx";
import { Link } from "../../router.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { Section } from "../../ui/Page.tsx";
import { Empty, Loading } from "../../ui/Status.tsx";

const hours = (m: number) => Math.round((m / 60) * 10) / 10;

export function OnlineTray() {
  const { t, lang } = useI18n();
  const q = useOnlineTray(true);
  return (
    <Section title={t("tray.title", { n: q.data?.count ?? "…" })} id="online-tray">
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorBox error={q.error} onRetry={() => q.refetch()} />
      ) : q.data.count === 0 ? (
        <Empty>{t("tray.none")}</Empty>
      ) : (
        <ul className="note-list">
          {q.data.items.map((d) => (
            <li key={d.code}>
              <Link to={`/ho-so/${encodeURIComponent(d.code)}`} className="code-link">
                {d.code}
              </Link>{" "}
              <span className={d.overdueForReception ? "badge badge-late" : "badge badge-info"}>
                {t(d.overdueForReception ? "tray.overdue" : "tray.waiting", {
                  h: hours(d.waitingWorkingMinutes),
                })}
              </span>
              <div className="muted small">
                {t("tray.submitted")}: {formatDateTime(lang, d.submittedAt)}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
