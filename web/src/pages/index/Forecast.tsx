// Forecast of the running period: the total if every open dossier finishes on its appointment
// date, and the open dossiers whose lateness would cost the most (finish these first).
import { useForecast } from "../../api/index766.ts";
import { number } from "../../i18n/format.ts";
import { formatDate, formatDateTime, useI18n } from "../../i18n/index.tsx";
import { Link } from "../../router.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { Section } from "../../ui/Page.tsx";
import { Loading } from "../../ui/Status.tsx";
import type { PeriodKind } from "./periods.ts";

export function Forecast({ unit, kind }: { unit: string | null; kind: PeriodKind }) {
  const { t, lang } = useI18n();
  const q = useForecast(unit, kind);
  return (
    <Section title={t("index.forecast")} id="forecast">
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorBox error={q.error} />
      ) : (
        <>
          <p>
            {t("index.forecastLead", {
              to: formatDate(lang, q.data.index.to),
            })}{" "}
            <strong data-testid="forecast-total">{number(lang, q.data.index.total, 2)}</strong>{" "}
            <span className="muted">{t("index.outOf", { max: 100 })}</span>
          </p>
          {q.data.atRisk.length === 0 ? (
            <p className="muted">{t("index.noRisk")}</p>
          ) : (
            <>
              <p className="muted">{t("index.atRiskLead")}</p>
              <ul className="cost-list">
                {q.data.atRisk.map((a) => (
                  <li key={a.code}>
                    <span className="cost-points">
                      {t("index.points", { n: number(lang, a.points, 2) })}
                    </span>
                    <span>
                      <Link to={`/ho-so/${encodeURIComponent(a.code)}`}>{a.code}</Link> —{" "}
                      {t("index.dueAt", { at: formatDateTime(lang, a.dueAt) })}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </Section>
  );
}
