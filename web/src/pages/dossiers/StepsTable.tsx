import type { DossierStep } from "../../api/dossiers.ts";
import { formatDateTime, useI18n } from "../../i18n/index.tsx";
import { Empty } from "../../ui/Status.tsx";

const RESULT_CLASS = { early: "badge-ok", "on-time": "badge-ok", late: "badge-late" } as const;

export function StepsTable({
  steps,
  agencyName,
}: {
  steps: DossierStep[];
  agencyName(code: string | null): string;
}) {
  const { t, lang } = useI18n();
  if (!steps.length) return <Empty />;
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t("dossier.step")}</th>
            <th scope="col">{t("dossier.assignee")}</th>
            <th scope="col">{t("dossier.stepDue")}</th>
            <th scope="col">{t("dossier.stepDone")}</th>
            <th scope="col">{t("dossier.stepResult")}</th>
          </tr>
        </thead>
        <tbody>
          {steps.map((s) => (
            <tr key={s.seq}>
              <td>
                <strong>{s.name}</strong>
                <div className="muted small">
                  {s.agencyCode ? agencyName(s.agencyCode) : ""} ·{" "}
                  {t("catalog.hours", { n: s.quotaHours })}
                </div>
              </td>
              <td>
                {s.assigneeName ?? s.doneBy ?? t("dossier.unassigned")}
                {s.handedBy && <div className="muted small">← {s.handedBy}</div>}
                {s.acknowledgedAt && (
                  <div className="muted small">
                    {t("dossier.acknowledged", {
                      name: s.acknowledgedBy ?? "",
                      at: formatDateTime(lang, s.acknowledgedAt),
                    })}
                  </div>
                )}
                {s.doneBy && s.assigneeName && s.doneBy !== s.assigneeName && (
                  <div className="muted small">{t("dossier.doneBy", { name: s.doneBy })}</div>
                )}
              </td>
              <td className="nowrap">{formatDateTime(lang, s.dueAt)}</td>
              <td className="nowrap">{formatDateTime(lang, s.doneAt) || "—"}</td>
              <td>
                {s.result ? (
                  <span className={`badge ${RESULT_CLASS[s.result]}`}>
                    {t(`dossier.step.${s.result}`)}
                  </span>
                ) : (
                  <span className="badge badge-info">{t("dossier.step.open")}</span>
                )}
                {s.note && <div className="muted small">{s.note}</div>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
