import type { DossierStep } from "../../api/dossiers.ts";
import { formatDateTime, useI18n, useT } from "../../i18n/index.tsx";
import { Empty } from "../../ui/Status.tsx";
import { PlainTable } from "../../ui/Table.tsx";

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
    <PlainTable
      wrap
      rows={steps}
      rowKey={(s) => s.seq}
      columns={[
        { header: t("dossier.step"), cell: (s) => <StepName s={s} agencyName={agencyName} /> },
        { header: t("dossier.assignee"), cell: (s) => <Assignee s={s} /> },
        {
          header: t("dossier.stepDue"),
          className: "nowrap",
          cell: (s) => formatDateTime(lang, s.dueAt),
        },
        {
          header: t("dossier.stepDone"),
          className: "nowrap",
          cell: (s) => formatDateTime(lang, s.doneAt) || "—",
        },
        { header: t("dossier.stepResult"), cell: (s) => <StepResult s={s} /> },
      ]}
    />
  );
}

function StepName({ s, agencyName }: { s: DossierStep; agencyName(code: string | null): string }) {
  const t = useT();
  return (
    <>
      <strong>{s.name}</strong>
      <div className="muted small">
        {s.agencyCode ? agencyName(s.agencyCode) : ""} · {t("catalog.hours", { n: s.quotaHours })}
      </div>
    </>
  );
}

function Assignee({ s }: { s: DossierStep }) {
  const { t, lang } = useI18n();
  return (
    <>
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
    </>
  );
}

function StepResult({ s }: { s: DossierStep }) {
  const t = useT();
  return (
    <>
      {s.result ? (
        <span className={`badge ${RESULT_CLASS[s.result]}`}>{t(`dossier.step.${s.result}`)}</span>
      ) : (
        <span className="badge badge-info">{t("dossier.step.open")}</span>
      )}
      {s.note && <div className="muted small">{s.note}</div>}
    </>
  );
}
