// Directives and tasks: the monitor per task and unit (done / on track / late / not reported),
// and the progress report of the units the user answers for.
import { useState } from "react";
import { useMe } from "../../api/identity.ts";
import { type MonitorTask, type TaskStatus, useDirectives, useMonitor } from "../../api/reform.ts";
import { formatDate, type Key, useI18n } from "../../i18n/index.tsx";
import { useLocation } from "../../router.tsx";
import { Filters, PickField } from "../../ui/Filters.tsx";
import { Page } from "../../ui/Page.tsx";
import { QueryState } from "../../ui/QueryState.tsx";
import { Empty } from "../../ui/Status.tsx";
import { PlainTable } from "../../ui/Table.tsx";
import { Tile } from "../../ui/Tile.tsx";
import { ReportForm } from "./ReportForm.tsx";

const BADGE: Record<TaskStatus, string> = {
  done: "badge-ok",
  on_track: "badge-ok",
  late: "badge-late",
  not_reported: "badge-warn",
};
const STATUSES: TaskStatus[] = ["late", "not_reported", "on_track", "done"];
const REPORTERS = new Set(["head", "leader"]);

export default function Tasks() {
  const { t } = useI18n();
  const me = useMe().data;
  const directives = useDirectives();
  const [directive, setDirective] = useState("");
  const [status, setStatus] = useState(useLocation().query.get("tinh-trang") ?? "");
  const q = useMonitor({
    directive: directive || undefined,
    status: (status || undefined) as TaskStatus | undefined,
  });
  const mine = [
    ...new Set(me?.grants.filter((g) => REPORTERS.has(g.role)).map((g) => g.agencyCode) ?? []),
  ];
  return (
    <Page title={t("reform.tasks.title")} lead={t("reform.tasks.lead")}>
      <Filters>
        <PickField
          label={t("reform.directive")}
          value={directive}
          onValue={setDirective}
          empty={t("reform.allDirectives")}
          items={directives.data?.directives ?? []}
          keyOf={(d) => d.id}
          labelOf={(d) => `${d.number} — ${d.subject.slice(0, 80)}`}
        />
        <PickField
          label={t("reform.status")}
          value={status}
          onValue={setStatus}
          empty={t("reform.allStatuses")}
          items={STATUSES}
          keyOf={(s) => s}
          labelOf={(s) => t(`reform.status.${s}`)}
        />
      </Filters>
      <QueryState query={q} isEmpty={() => false}>
        {(d) => (
          <>
            <ul className="tiles" aria-label={t("reform.totals")}>
              {STATUSES.map((s) => (
                <Tile
                  key={s}
                  label={t(`reform.status.${s}`)}
                  value={d.totals[s]}
                  testId={`total-${s}`}
                />
              ))}
            </ul>
            {d.tasks.length === 0 ? (
              <Empty>{t("reform.noTasks")}</Empty>
            ) : (
              d.tasks.map((task) => <TaskCard key={task.id} task={task} mine={mine} />)
            )}
          </>
        )}
      </QueryState>
    </Page>
  );
}

function TaskCard({ task, mine }: { task: MonitorTask; mine: string[] }) {
  const { t, lang } = useI18n();
  const reportable = task.units.filter((u) => mine.includes(u.agency));
  return (
    <section className="card" aria-labelledby={`task-${task.id}`}>
      <h2 id={`task-${task.id}`} className="card-title">
        {task.directiveNumber} — {t("reform.section")} {task.ref}
      </h2>
      <details>
        <summary>{task.text.slice(0, 160)}…</summary>
        <p className="pre-line">{task.text}</p>
      </details>
      <p className="muted">
        {task.cycle ? t(`reform.cycle.${task.cycle}` as Key) : ""}
        {task.deadline ? ` · ${t("reform.deadline")}: ${formatDate(lang, task.deadline)}` : ""}
        {" · "}
        {STATUSES.map((s) => `${t(`reform.status.${s}`)}: ${task.counts[s]}`).join(" · ")}
      </p>
      {task.units.length > 0 && (
        <PlainTable
          rows={task.units.slice(0, 50)}
          rowKey={(u) => u.agency}
          columns={[
            { header: t("reform.unit"), cell: (u) => u.agencyName },
            {
              header: t("reform.status"),
              cell: (u) => (
                <span className={`badge ${BADGE[u.status]}`}>{t(`reform.status.${u.status}`)}</span>
              ),
            },
            {
              header: t("reform.dueOn"),
              cell: (u) => (u.dueOn ? formatDate(lang, u.dueOn) : "—"),
            },
            {
              header: t("reform.lastReport"),
              cell: (u) =>
                u.lastReportOn ? `${formatDate(lang, u.lastReportOn)}: ${u.lastText ?? ""}` : "—",
            },
          ]}
        />
      )}
      {task.units.length > 50 && (
        <p className="muted">{t("reform.more", { n: task.units.length - 50 })}</p>
      )}
      {reportable.map((u) => (
        <ReportForm
          key={u.agency}
          taskId={task.id}
          taskRef={`${task.directiveNumber} §${task.ref}`}
          agency={u.agency}
          agencyName={u.agencyName}
        />
      ))}
    </section>
  );
}
