// Directives and tasks: the monitor per task and unit (done / on track / late / not reported),
// and the progress report of the units the user answers for.
import { useState } from "react";
import { useMe } from "../../api/identity.ts";
import { type MonitorTask, type TaskStatus, useDirectives, useMonitor } from "../../api/reform.ts";
import { formatDate, type Key, useI18n } from "../../i18n/index.tsx";
import { useLocation } from "../../router.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { SelectField } from "../../ui/Field.tsx";
import { Page } from "../../ui/Page.tsx";
import { Empty, Loading } from "../../ui/Status.tsx";
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
      <search className="card filters" aria-label={t("common.filters")}>
        <div className="row row-end">
          <SelectField
            label={t("reform.directive")}
            value={directive}
            onChange={(e) => setDirective(e.target.value)}
          >
            <option value="">{t("reform.allDirectives")}</option>
            {directives.data?.directives.map((d) => (
              <option key={d.id} value={d.id}>
                {d.number} — {d.subject.slice(0, 80)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t("reform.status")}
            value={status}
            onChange={(e) => setStatus(e.target.value)}
          >
            <option value="">{t("reform.allStatuses")}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`reform.status.${s}`)}
              </option>
            ))}
          </SelectField>
        </div>
      </search>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorBox error={q.error} onRetry={() => q.refetch()} />
      ) : (
        <>
          <ul className="tiles" aria-label={t("reform.totals")}>
            {STATUSES.map((s) => (
              <li key={s} className="tile">
                <span className="tile-label">{t(`reform.status.${s}`)}</span>
                <strong className="tile-value" data-testid={`total-${s}`}>
                  {q.data.totals[s]}
                </strong>
              </li>
            ))}
          </ul>
          {q.data.tasks.length === 0 ? (
            <Empty>{t("reform.noTasks")}</Empty>
          ) : (
            q.data.tasks.map((task) => <TaskCard key={task.id} task={task} mine={mine} />)
          )}
        </>
      )}
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
        <table className="table">
          <thead>
            <tr>
              <th>{t("reform.unit")}</th>
              <th>{t("reform.status")}</th>
              <th>{t("reform.dueOn")}</th>
              <th>{t("reform.lastReport")}</th>
            </tr>
          </thead>
          <tbody>
            {task.units.slice(0, 50).map((u) => (
              <tr key={u.agency}>
                <td>{u.agencyName}</td>
                <td>
                  <span className={`badge ${BADGE[u.status]}`}>
                    {t(`reform.status.${u.status}`)}
                  </span>
                </td>
                <td>{u.dueOn ? formatDate(lang, u.dueOn) : "—"}</td>
                <td>
                  {u.lastReportOn
                    ? `${formatDate(lang, u.lastReportOn)}: ${u.lastText ?? ""}`
                    : "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
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
