import type { QueueItem } from "../../api/dossiers.ts";
import { formatDate, formatDateTime, useI18n } from "../../i18n/index.tsx";
import { Link } from "../../router.tsx";
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
    <div className="table-wrap">
      <table className="table queue">
        <thead>
          <tr>
            <th scope="col">{t("queue.deadline")}</th>
            <th scope="col">{t("queue.code")}</th>
            <th scope="col">{t("queue.procedure")}</th>
            <th scope="col">{t("queue.agency")}</th>
            <th scope="col">{t("queue.received")}</th>
            <th scope="col">{t("queue.due")}</th>
            <th scope="col">{t("queue.state")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((d) => (
            <tr key={d.code} className={`row-tone ${TONE_CLASS[d.timeliness.verdict]}`}>
              <td data-label={t("queue.deadline")}>
                <DeadlineBadge t={d.timeliness} />
              </td>
              <td data-label={t("queue.code")}>
                <Link to={`/ho-so/${encodeURIComponent(d.code)}`} className="code-link">
                  {d.code}
                </Link>
                <div className="muted small">{t(`channel.${d.channel}`)}</div>
              </td>
              <td data-label={t("queue.procedure")}>
                {d.procedureName ?? <code>{d.procedure}</code>}
              </td>
              <td data-label={t("queue.agency")}>{agencyName(d.agency)}</td>
              <td data-label={t("queue.received")} className="nowrap">
                {formatDate(lang, d.receivedAt ?? d.submittedAt)}
              </td>
              <td data-label={t("queue.due")} className="nowrap">
                <strong>{d.dueAt ? formatDateTime(lang, d.dueAt) : "—"}</strong>
                {d.extendedDueAt && (
                  <div className="small">
                    {t("late.newDueShort")}:{" "}
                    <strong>{formatDateTime(lang, d.extendedDueAt)}</strong>
                  </div>
                )}
              </td>
              <td data-label={t("queue.state")}>{stateName(d.state)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
