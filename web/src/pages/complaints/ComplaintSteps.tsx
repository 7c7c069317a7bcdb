// Each time limit of a complaint (refuse ≤ 2, first information request ≤ 5, answer ≤ 15 working
// days after receipt; publish ≤ 2 after the answer): the due moment, when done, on time or not.
import type { ComplaintStep, StepStatus } from "../../api/complaints.ts";
import { formatDateTime, useI18n } from "../../i18n/index.tsx";
import { Empty } from "../../ui/Status.tsx";

const STATUS_CLASS: Record<StepStatus, string> = {
  "on-time": "badge-ok",
  late: "badge-late",
  pending: "badge-info",
  overdue: "badge-late",
  "not-applicable": "badge-neutral",
};

export function ComplaintSteps({ steps }: { steps: ComplaintStep[] }) {
  const { t, lang } = useI18n();
  if (!steps.length) return <Empty />;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="sr-only">{t("pakn.limits")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("pakn.step")}</th>
            <th scope="col">{t("pakn.dueAt")}</th>
            <th scope="col">{t("pakn.doneAt")}</th>
            <th scope="col">{t("pakn.onTime")}</th>
          </tr>
        </thead>
        <tbody>
          {steps.map((s) => (
            <tr key={s.step}>
              <td>
                {t(`pakn.step.${s.step}`)}
                <div className="muted small">{t(`pakn.limit.${s.step}`)}</div>
              </td>
              <td className="nowrap">{formatDateTime(lang, s.dueAt)}</td>
              <td className="nowrap">{formatDateTime(lang, s.doneAt) || "—"}</td>
              <td>
                <span className={`badge ${STATUS_CLASS[s.status]}`}>
                  {t(`pakn.status.${s.status}`)}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
