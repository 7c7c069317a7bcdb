// Each time limit of a complaint (refuse ≤ 2, first information request ≤ 5, answer ≤ 15 working
// days after receipt; publish ≤ 2 after the answer): the due moment, when done, on time or not.
import type { ComplaintStep, StepStatus } from "../../api/complaints.ts";
import { formatDateTime, useI18n } from "../../i18n/index.tsx";
import { Empty } from "../../ui/Status.tsx";
import { PlainTable } from "../../ui/Table.tsx";

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
    <PlainTable
      wrap
      caption={t("pakn.limits")}
      captionHidden
      rows={steps}
      rowKey={(s) => s.step}
      columns={[
        {
          header: t("pakn.step"),
          cell: (s) => (
            <>
              {t(`pakn.step.${s.step}`)}
              <div className="muted small">{t(`pakn.limit.${s.step}`)}</div>
            </>
          ),
        },
        {
          header: t("pakn.dueAt"),
          className: "nowrap",
          cell: (s) => formatDateTime(lang, s.dueAt),
        },
        {
          header: t("pakn.doneAt"),
          className: "nowrap",
          cell: (s) => formatDateTime(lang, s.doneAt) || "—",
        },
        {
          header: t("pakn.onTime"),
          cell: (s) => (
            <span className={`badge ${STATUS_CLASS[s.status]}`}>
              {t(`pakn.status.${s.status}`)}
            </span>
          ),
        },
      ]}
    />
  );
}
