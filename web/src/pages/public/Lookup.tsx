import { useProcedure } from "../../api/catalog.ts";
import { downloadPdf, usePublicDeliveries } from "../../api/citizen.ts";
import { type PublicDossier, usePublicLookup } from "../../api/dossiers.ts";
import { formatDate, formatDateTime, useI18n } from "../../i18n/index.tsx";
import { useLocation } from "../../router.tsx";
import { DownloadButton } from "../../ui/DownloadButton.tsx";
import { Page, Section } from "../../ui/Page.tsx";
import { DeliveryStates } from "../citizen/DeliveryStates.tsx";
import { ResultDownload } from "../citizen/ResultDownload.tsx";
import { StatusBadge } from "../dossiers/StatusBadge.tsx";
import { CodeSecretForm, LookupStatus, useCodeSecret } from "./CodeSecret.tsx";
import { Evaluate } from "./Evaluate.tsx";

export function Lookup() {
  const { t } = useI18n();
  const { query } = useLocation();
  const s = useCodeSecret(query.get("ma") ?? "", (v) => v.toUpperCase());
  const { asked } = s;
  const r = usePublicLookup(asked?.code ?? null, asked?.secret ?? null);
  return (
    <Page title={t("lookup.title")} lead={t("lookup.lead")}>
      <div className="split">
        <search className="card">
          <CodeSecretForm
            s={s}
            label={t("lookup.title")}
            codeLabel={t("lookup.code")}
            codeHint={t("lookup.codeHint")}
            secretLabel={t("lookup.secret")}
            secretHint={t("lookup.secretHint")}
            secretMax={40}
            busy={r.isFetching}
            submit={t("lookup.submit")}
          >
            <p className="hint">{t("lookup.privacy")}</p>
          </CodeSecretForm>
        </search>
        <div aria-live="polite">
          <LookupStatus r={r} notFound={t("lookup.notFound")} />
          {r.data && asked && <Result d={r.data} secret={asked.secret} />}
          {r.data && asked && <Deliveries code={r.data.code} secret={asked.secret} />}
          {r.data && asked && (r.data.status === 9 || r.data.status === 10) && (
            <ResultDownload code={r.data.code} secret={asked.secret} />
          )}
          {r.data && asked && r.data.status === 10 && (
            <Evaluate code={r.data.code} secret={asked.secret} />
          )}
        </div>
      </div>
    </Page>
  );
}

function Result({ d, secret }: { d: PublicDossier; secret: string }) {
  const { t, lang } = useI18n();
  const proc = useProcedure(d.procedureName ? null : d.procedure);
  return (
    <Section title={t("lookup.result")} id="lookup-result">
      <p className="lookup-code">
        <code>{d.code}</code> <StatusBadge status={d.status} label={d.stateName[lang]} />
      </p>
      <dl className="facts">
        <dt>{t("lookup.procedure")}</dt>
        <dd>{d.procedureName ?? proc.data?.name ?? d.procedure}</dd>
        {d.agencyName && (
          <>
            <dt>{t("lookup.agency")}</dt>
            <dd>{d.agencyName}</dd>
          </>
        )}
        <dt>{t("lookup.submittedAt")}</dt>
        <dd>{formatDate(lang, d.submittedAt) || "—"}</dd>
        <dt>{t("lookup.receivedAt")}</dt>
        <dd>{formatDate(lang, d.receivedAt) || "—"}</dd>
        <dt>{t("lookup.dueAt")}</dt>
        <dd>
          <strong>{formatDate(lang, d.dueAt) || "—"}</strong>
        </dd>
        {d.newDueAt && (
          <>
            <dt>{t("lookup.newDueAt")}</dt>
            <dd>
              <strong>{formatDate(lang, d.newDueAt)}</strong>
            </dd>
          </>
        )}
        <dt>{t("lookup.finishedAt")}</dt>
        <dd>{formatDate(lang, d.finishedAt) || "—"}</dd>
      </dl>
      {d.steps.length > 0 && (
        <>
          <h3>{t("lookup.steps")}</h3>
          <ol className="lookup-steps" aria-label={t("lookup.steps")}>
            {d.steps.map((s) => (
              <li key={`${s.at}-${s.name.vi}`}>
                <time dateTime={s.at} title={t("lookup.stepsTime")}>
                  {formatDateTime(lang, s.at)}
                </time>{" "}
                — {s.name[lang]}
              </li>
            ))}
          </ol>
        </>
      )}
      {d.apology && (
        <p className="alert alert-info">
          {t("lookup.apology")}{" "}
          <DownloadButton
            label={t("lookup.apologyDownload")}
            download={() =>
              downloadPdf(d.apology!.download, { secret }, `${d.code}-van-ban-xin-loi.pdf`)
            }
          />
        </p>
      )}
    </Section>
  );
}

/** The notices sent about the dossier and the result's way to the applicant. */
function Deliveries({ code, secret }: { code: string; secret: string }) {
  const { t } = useI18n();
  const q = usePublicDeliveries(code, secret);
  if (!q.data || (!q.data.notices.length && !q.data.results.length)) return null;
  return (
    <Section title={t("my.deliveries")} id="lookup-deliveries">
      <DeliveryStates d={q.data} />
    </Section>
  );
}
