// The control room's page per unit: the unit's reform index and rank, its Decision 766 service
// index of the year, its directive tasks (late first) and its inspections with the remediation
// items still open — one view for the provincial office and Home Affairs, reached from the
// ranking tables. The year is in the URL (?nam=).
import { type UnitOverview as Overview, useUnitOverview } from "../../api/reform.ts";
import { number } from "../../i18n/format.ts";
import { formatDate, type Key, useI18n } from "../../i18n/index.tsx";
import { Link, useLocation } from "../../router.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { thisYear } from "../../ui/Filters.tsx";
import { Page, Section } from "../../ui/Page.tsx";
import { Empty, Loading } from "../../ui/Status.tsx";

const STATUS_BADGE = {
  done: "badge-ok",
  on_track: "badge-ok",
  late: "badge-late",
  not_reported: "badge-warn",
} as const;
const STATUSES = ["late", "not_reported", "on_track", "done"] as const;

export default function UnitOverview({ params }: { params: Record<string, string> }) {
  const { t } = useI18n();
  const year = Number(useLocation().query.get("nam")) || thisYear();
  const q = useUnitOverview(params.agency, year);
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorBox error={q.error} onRetry={() => q.refetch()} />;
  const o = q.data;
  return (
    <Page
      title={`${o.name} — ${year}`}
      lead={t("overview.lead")}
      actions={
        <Link to="/cai-cach/chi-so" className="btn btn-ghost">
          ← {t("reform.index.ranking")}
        </Link>
      }
    >
      <ul className="tiles" aria-label={t("overview.figures")}>
        <ReformTile o={o} />
        <ServiceTile o={o} />
        <li className="tile">
          <span className="tile-label">{t("overview.lateTasks")}</span>
          <strong className="tile-value" data-testid="overview-late">
            {o.tasks.counts.late}
          </strong>
        </li>
        <li className="tile">
          <span className="tile-label">{t("overview.openItems")}</span>
          <strong className="tile-value" data-testid="overview-open-items">
            {o.openItems.length}
          </strong>
        </li>
      </ul>
      <Tasks o={o} />
      <Inspections o={o} />
    </Page>
  );
}

function ReformTile({ o }: { o: Overview }) {
  const { t, lang } = useI18n();
  const r = o.reformIndex;
  return (
    <li className="tile">
      <span className="tile-label">{t("reform.index.title")}</span>
      <strong className="tile-value" data-testid="overview-reform">
        {r ? number(lang, r.total, 2) : "—"}
      </strong>
      <span className="muted">
        {r ? (
          <>
            {t("overview.rank", { rank: r.rank, of: r.of })} · {t(`reform.stage.${r.stage}` as Key)}{" "}
            ·{" "}
            <Link to={`/cai-cach/chi-so/${encodeURIComponent(o.agency)}?nam=${o.year}`}>
              {t("overview.computation")}
            </Link>
          </>
        ) : (
          t("overview.notPublished")
        )}
      </span>
    </li>
  );
}

function ServiceTile({ o }: { o: Overview }) {
  const { t, lang } = useI18n();
  const s = o.serviceIndex;
  return (
    <li className="tile">
      <span className="tile-label">{t("overview.serviceIndex")}</span>
      <strong className="tile-value" data-testid="overview-service">
        {s ? number(lang, s.total, 2) : "—"}
      </strong>
      {s && (
        <span className="muted">
          {t("index.outOf", { max: s.max })} · {s.band[lang]} ·{" "}
          <Link to={`/chi-so?don-vi=${encodeURIComponent(o.agency)}&ky=nam`}>
            {t("overview.dashboard")}
          </Link>
        </span>
      )}
    </li>
  );
}

function Tasks({ o }: { o: Overview }) {
  const { t, lang } = useI18n();
  return (
    <Section title={t("overview.tasks")} id="overview-tasks">
      <p className="muted">
        {STATUSES.map((s) => `${t(`reform.status.${s}`)}: ${o.tasks.counts[s]}`).join(" · ")}
      </p>
      {o.tasks.rows.length === 0 ? (
        <Empty>{t("reform.noTasks")}</Empty>
      ) : (
        <table className="table" aria-label={t("overview.tasks")}>
          <thead>
            <tr>
              <th>{t("reform.directive")}</th>
              <th>{t("inspect.item")}</th>
              <th>{t("reform.status")}</th>
              <th>{t("reform.dueOn")}</th>
              <th>{t("reform.lastReport")}</th>
            </tr>
          </thead>
          <tbody>
            {o.tasks.rows.map((r) => (
              <tr key={r.taskId} className={r.status === "late" ? "row-late" : undefined}>
                <td>
                  {r.directiveNumber} §{r.ref}
                </td>
                <td>{r.text.length > 160 ? `${r.text.slice(0, 160)}…` : r.text}</td>
                <td>
                  <span className={`badge ${STATUS_BADGE[r.status]}`} data-testid="overview-task">
                    {t(`reform.status.${r.status}`)}
                  </span>
                </td>
                <td>{r.dueOn ? formatDate(lang, r.dueOn) : "—"}</td>
                <td>{r.lastReportOn ? formatDate(lang, r.lastReportOn) : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}

function Inspections({ o }: { o: Overview }) {
  const { t, lang } = useI18n();
  return (
    <Section title={t("overview.inspections")} id="overview-inspections">
      {o.inspections.length === 0 ? (
        <Empty>{t("overview.noInspections")}</Empty>
      ) : (
        <ul>
          {o.inspections.map((i) => (
            <li key={i.id}>
              {formatDate(lang, i.plannedOn)} — {t(`inspect.kind.${i.kind}`)},{" "}
              {t(`inspect.stage.${i.stage}`)} ({i.inspectorName})
              {i.conclusionNumber ? ` · ${t("inspect.conclusion")} ${i.conclusionNumber}` : ""}
              {` · ${t("inspect.state.open")}: ${i.counts.open}, ${t("inspect.state.overdue")}: ${i.counts.overdue}, ${t("inspect.state.closed")}: ${i.counts.closed}`}
            </li>
          ))}
        </ul>
      )}
      {o.openItems.length > 0 && (
        <table className="table" aria-label={t("overview.openItems")}>
          <thead>
            <tr>
              <th>{t("inspect.conclusion")}</th>
              <th>{t("inspect.item")}</th>
              <th>{t("reform.deadline")}</th>
              <th>{t("reform.status")}</th>
            </tr>
          </thead>
          <tbody>
            {o.openItems.map((it) => (
              <tr key={it.taskId} className={it.state === "overdue" ? "row-late" : undefined}>
                <td>
                  {it.conclusionNumber} §{it.ref}
                </td>
                <td>{it.text}</td>
                <td>{formatDate(lang, it.deadline)}</td>
                <td>
                  <span className={`badge ${it.state === "overdue" ? "badge-late" : "badge-warn"}`}>
                    {t(`inspect.state.${it.state}`)}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <Link to="/cai-cach/kiem-tra">{t("overview.toInspections")}</Link>
      </p>
    </Section>
  );
}
