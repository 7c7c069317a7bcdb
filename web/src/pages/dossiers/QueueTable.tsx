import type { QueueItem } from "../../api/dossiers.ts";
import { formatDate, formatDateTime, useI18n } from "../../i18n/index.tsx";
import { Link } from "../../router.tsx";
import { PlainTable } from "../../ui/Table.tsx";
import { DeadlineBadge } from "./DeadlineBadge.tsx";
import { TONE_CLASS } from "./deadline.ts";
import { useStateName } from "./stateName.ts";

interface Props {
  items: QueueItem[];
  agencyName(code: string): string;
  now: number;
}

export function QueueTable({ items, agencyName }: Props) {
  const { t, lang } = useI18n();
  const stateName = useStateName();
  return (
    <PlainTable
      wrap
      className="queue"
      cellLabels
      rows={items}
      rowKey={(d) => d.code}
      rowClass={(d) => `row-tone ${TONE_CLASS[d.timeliness.verdict]}`}
      columns={[
        { header: t("queue.deadline"), cell: (d) => <DeadlineBadge t={d.timeliness} /> },
        {
          header: t("queue.code"),
          cell: (d) => (
            <>
              <Link to={`/ho-so/${encodeURIComponent(d.code)}`} className="code-link">
                {d.code}
              </Link>
              <div className="muted small">{t(`channel.${d.channel}`)}</div>
            </>
          ),
        },
        {
          header: t("queue.procedure"),
          cell: (d) => d.procedureName ?? <code>{d.procedure}</code>,
        },
        { header: t("queue.agency"), cell: (d) => agencyName(d.agency) },
        {
          header: t("queue.received"),
          className: "nowrap",
          cell: (d) => formatDate(lang, d.receivedAt ?? d.submittedAt),
        },
        { header: t("queue.due"), className: "nowrap", cell: (d) => <Due d={d} /> },
        { header: t("queue.state"), cell: (d) => stateName(d.state) },
      ]}
    />
  );
}

function Due({ d }: { d: QueueItem }) {
  const { t, lang } = useI18n();
  return (
    <>
      <strong>{d.dueAt ? formatDateTime(lang, d.dueAt) : "—"}</strong>
      {d.extendedDueAt && (
        <div className="small">
          {t("late.newDueShort")}: <strong>{formatDateTime(lang, d.extendedDueAt)}</strong>
        </div>
      )}
    </>
  );
}
