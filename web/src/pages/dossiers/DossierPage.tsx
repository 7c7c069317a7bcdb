// One dossier: facts, applicant, components, the handling steps (control sheet), history, forms,
// and the actions the state and the user's roles allow.
import { useProcedure } from "../../api/catalog.ts";
import { useDossier } from "../../api/dossiers.ts";
import { useAgencies } from "../../api/identity.ts";
import { formatDateTime, useI18n } from "../../i18n/index.tsx";
import { Link } from "../../router.tsx";
import type { Schema } from "../../ui/EForm.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { Page, Section } from "../../ui/Page.tsx";
import { Loading } from "../../ui/Status.tsx";
import { DossierFiles } from "../files/DossierFiles.tsx";
import { EFormData } from "../files/EFormData.tsx";
import { NoticesPanel } from "../files/NoticesPanel.tsx";
import { ResultDeliveryPanel } from "../files/ResultDeliveryPanel.tsx";
import { LatePanel } from "../late/LatePanel.tsx";
import { ActionPanel } from "./ActionPanel.tsx";
import { DeadlineBadge } from "./DeadlineBadge.tsx";
import { DossierFacts } from "./DossierFacts.tsx";
import { FormLinks } from "./FormLinks.tsx";
import { History } from "./History.tsx";
import { ReassignPanel } from "./ReassignPanel.tsx";
import { ResultPanel } from "./ResultPanel.tsx";
import { StatusBadge } from "./StatusBadge.tsx";
import { StepsTable } from "./StepsTable.tsx";

export default function DossierPage({ params }: { params: Record<string, string> }) {
  const { t, lang } = useI18n();
  const q = useDossier(params.code);
  const proc = useProcedure(q.data?.procedure ?? null);
  const agencies = useAgencies();
  if (q.isPending) return <Loading />;
  if (q.isError)
    return (
      <Page title={t("dossier.title", { code: params.code })}>
        <ErrorBox error={q.error} onRetry={() => q.refetch()} />
        <p>
          <Link to="/ho-so">← {t("dossier.back")}</Link>
        </p>
      </Page>
    );
  const d = q.data;
  const agencyName = (code: string | null) =>
    code ? (agencies.data?.find((a) => a.code === code)?.name ?? code) : "—";
  return (
    <Page
      title={t("dossier.title", { code: d.code })}
      lead={
        <>
          {proc.data?.name ?? d.procedure}{" "}
          <StatusBadge status={d.status} label={d.stateName[lang]} />{" "}
          <DeadlineBadge t={d.timeliness} />
          {d.extendedDueAt && (
            <span className="badge badge-info">
              {t("late.newDueShort")}: {formatDateTime(lang, d.extendedDueAt)}
            </span>
          )}
        </>
      }
    >
      <p className="crumbs no-print">
        <Link to="/ho-so">← {t("dossier.back")}</Link>
      </p>
      <div className="split split-side">
        <div className="stack">
          <DossierFacts d={d} procedureName={proc.data?.name} agencyName={agencyName} />
          <EFormData data={d.formData} schema={proc.data?.eForm as Schema | null | undefined} />
          <DossierFiles d={d} />
          <NoticesPanel code={d.code} />
          <ResultDeliveryPanel code={d.code} />
          <Section title={t("dossier.steps")} id="steps">
            <StepsTable steps={d.steps} agencyName={agencyName} />
            {d.agencyTime.length > 1 && (
              <ul className="note-list" data-testid="agency-time">
                {d.agencyTime.map((a) => (
                  <li key={a.agency}>
                    <strong>{agencyName(a.agency)}</strong>{" "}
                    <span className={a.over ? "badge badge-late" : "badge badge-ok"}>
                      {t("dossier.agencyTime", {
                        h: Math.round((a.workingMinutes / 60) * 10) / 10,
                        q: Math.round((a.quotaMinutes / 60) * 10) / 10,
                      })}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <Section title={t("dossier.history")} id="history">
            <History events={d.events} />
          </Section>
        </div>
        <div className="stack">
          <Section title={t("dossier.actions")} id="actions" className="actions-card">
            <ActionPanel d={d} onStale={() => q.refetch()} />
          </Section>
          <ResultPanel d={d} onChanged={() => q.refetch()} />
          <ReassignPanel d={d} />
          <LatePanel d={d} />
          <Section title={t("dossier.forms")} id="forms">
            <FormLinks d={d} />
          </Section>
        </div>
      </div>
    </Page>
  );
}
