// The counter's online tray: dossiers submitted online waiting for reception, with their count,
// oldest first, and how long each has waited in working time (warned past the server's rule),
// and the unit's average wait this month.
import { type UnitReceptionWait, useOnlineTray, useReceptionWait } from "../../api/dossiers.ts";
import { formatDateTime, useI18n } from "../../i18n/index.tsx";
import { Link } from "../../router.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { Section } from "../../ui/Page.tsx";
import { Empty, Loading } from "../../ui/Status.tsx";

const hours = (m: number) => Math.round((m / 60) * 10) / 10;

function MonthFigure({ u }: { u: UnitReceptionWait }) {
  const { t } = useI18n();
  if (!u.received) return null;
  return (
    <p className="muted small" data-testid="reception-wait">
      {t("tray.figure", {
        unit: u.unit,
        n: u.received,
        h: hours(u.averageWorkingMinutes ?? 0),
        late: u.receivedLate,
      })}
    </p>
  );
}

export function OnlineTray() {
  const { t, lang } = useI18n();
  const q = useOnlineTray(true);
  const w = useReceptionWait(true);
  const limit = q.data ? q.data.rule.threshold * (q.data.rule.unit === "working-days" ? 8 : 1) : 8;
  return (
    <Section title={t("tray.title", { n: q.data?.count ?? "…" })} id="online-tray">
      {w.data?.units.map((u) => (
        <MonthFigure key={u.unit} u={u} />
      ))}
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
                  limit,
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
