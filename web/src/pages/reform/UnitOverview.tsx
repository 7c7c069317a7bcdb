// The control room's page per unit: the unit's reform index and rank, its Decision 766 service
// index of the year, its directive tasks (late first) and its inspections with the remediation
// items still open — one view for the provincial office and Home Affairs, reached from the
// ranking tables. The year is in the URL (?nam=).
import { type UnitOverview as OverviewData, useUnitOverview } from "../../api/reform.ts";
import { number } from "../../i18n/format.ts";
import { formatDate, type Key, useI18n, useT } from "../../i18n/index.tsx";
import { Link, useLocation } from "../../router.tsx";
import { thisYear } from "../../ui/Filters.tsx";
import { Page, Section } from "../../ui/Page.tsx";
import { QueryState } from "../../ui/QueryState.tsx";
import { Empty } from "../../ui/Status.tsx";
import { PlainTable } from "../../ui/Table.tsx";
import { Tile } from "../../ui/Tile.tsx";

const STATUS_BADGE = {
  done: "badge-ok",
  on_track: "badge-ok",
  late: "badge-late",
  not_reported: "badge-warn",
} as const;
const STATUSES = ["late", "not_reported", "on_track", "done"] as const;

export default function UnitOverview({ params }: { params: Record<string, string> }) {
  const year = Number(useLocation().query.get("nam")) || thisYear();
  const q = useUnitOverview(params.agency, year);
  return (
    <QueryState query={q} isEmpty={() => false}>
      {(o) => <Overview o={o} year={year} />}
    </QueryState>
  );
}

function Overview({ o, year }: { o: OverviewData; year: number }) {
  const t = useT();
  return (
    <Page
      title={`${o.name} — ${year}`}
      lead={t("overview.lead")}
      back={{ to: "/cai-cach/chi-so", label: t("reform.index.ranking") }}
    >
      <ul className="tiles" aria-label={t("overview.figures")}>
        <ReformTile o={o} />
        <ServiceTile o={o} />
        <Tile label={t("overview.lateTasks")} value={o.tasks.counts.late} testId="overview-late" />
        <Tile
          label={t("overview.openItems")}
          value={o.openItems.length}
          testId="overview-open-items"
        />
      </ul>
      <Tasks o={o} />
      <Inspections o={o} />
    </Page>
  );
}

function ReformTile({ o }: { o: OverviewData }) {
  const { t, lang } = useI18n();
  const r = o.reformIndex;
  return (
    <Tile
      label={t("reform.index.title")}
      value={r ? number(lang, r.total, 2) : "—"}
      testId="overview-reform"
    >
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
    </Tile>
  );
}

function ServiceTile({ o }: { o: OverviewData }) {
  const { t, lang } = useI18n();
  const s = o.serviceIndex;
  return (
    <Tile
      label={t("overview.serviceIndex")}
      value={s ? number(lang, s.total, 2) : "—"}
      testId="overview-service"
    >
      {s && (
        <span className="muted">
          {t("index.outOf", { max: s.max })} · {s.band[lang]} ·{" "}
          <Link to={`/chi-so?don-vi=${encodeURIComponent(o.agency)}&ky=nam`}>
            {t("overview.dashboard")}
          </Link>
        </span>
      )}
    </Tile>
  );
}

function Tasks({ o }: { o: OverviewData }) {
  const { t, lang } = useI18n();
  return (
    <Section title={t("overview.tasks")} id="overview-tasks">
      <p className="muted">
        {STATUSES.map((s) => `${t(`reform.status.${s}`)}: ${o.tasks.counts[s]}`).join(" · ")}
      </p>
      {o.tasks.rows.length === 0 ? (
        <Empty>{t("reform.noTasks")}</Empty>
      ) : (
        <PlainTable
          label={t("overview.tasks")}
          rows={o.tasks.rows}
          rowKey={(r) => r.taskId}
          rowClass={(r) => (r.status === "late" ? "row-late" : undefined)}
          columns={[
            { header: t("reform.directive"), cell: (r) => `${r.directiveNumber} §${r.ref}` },
            {
              header: t("inspect.item"),
              cell: (r) => (r.text.length > 160 ? `${r.text.slice(0, 160)}…` : r.text),
            },
            {
              header: t("reform.status"),
              cell: (r) => (
                <span className={`badge ${STATUS_BADGE[r.status]}`} data-testid="overview-task">
                  {t(`reform.status.${r.status}`)}
                </span>
              ),
            },
            { header: t("reform.dueOn"), cell: (r) => formatDate(lang, r.dueOn) || "—" },
            {
              header: t("reform.lastReport"),
              cell: (r) => formatDate(lang, r.lastReportOn) || "—",
            },
          ]}
        />
      )}
    </Section>
  );
}

function Inspections({ o }: { o: OverviewData }) {
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
        <PlainTable
          label={t("overview.openItems")}
          rows={o.openItems}
          rowKey={(it) => it.taskId}
          rowClass={(it) => (it.state === "overdue" ? "row-late" : undefined)}
          columns={[
            { header: t("inspect.conclusion"), cell: (it) => `${it.conclusionNumber} §${it.ref}` },
            { header: t("inspect.item"), cell: (it) => it.text },
            { header: t("reform.deadline"), cell: (it) => formatDate(lang, it.deadline) },
            {
              header: t("reform.status"),
              cell: (it) => (
                <span className={`badge ${it.state === "overdue" ? "badge-late" : "badge-warn"}`}>
                  {t(`inspect.state.${it.state}`)}
                </span>
              ),
            },
          ]}
        />
      )}
      <p>
        <Link to="/cai-cach/kiem-tra">{t("overview.toInspections")}</Link>
      </p>
    </Section>
  );
}
