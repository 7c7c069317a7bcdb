// Indicator 2.2 in a unit a person reads: the mean handling time of the dossiers finished in the
// period, per procedure, in the procedure's own unit (working days, hours…) beside its legal time.
import { type Period, useProcedureFigures } from "../../api/index766.ts";
import { number } from "../../i18n/format.ts";
import { type Key, useI18n } from "../../i18n/index.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { Section } from "../../ui/Page.tsx";
import { Empty, Loading } from "../../ui/Status.tsx";

export function HandlingTime({ period }: { period: Period }) {
  const { t, lang } = useI18n();
  const q = useProcedureFigures(period);
  const span = (d: { value: number; unit: string }) =>
    t(`duration.${d.unit}` as Key, { n: number(lang, d.value, Number.isInteger(d.value) ? 0 : 1) });
  const rows = q.data?.procedures.filter((p) => p.averageHandling) ?? [];
  return (
    <Section title={t("index.handlingTime")} id="handling-time">
      <p className="muted">{t("index.handlingTimeLead")}</p>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorBox error={q.error} />
      ) : rows.length === 0 ? (
        <Empty>{t("index.noFinished")}</Empty>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("index.procedure")}</th>
                <th scope="col" className="num">
                  {t("index.finished")}
                </th>
                <th scope="col" className="num">
                  {t("index.averageTime")}
                </th>
                <th scope="col" className="num">
                  {t("index.legalTime")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((p) => (
                <tr key={p.code}>
                  <td>
                    {p.name ?? p.code} <span className="muted small">({p.code})</span>
                  </td>
                  <td className="num">{number(lang, p.averageHandling!.finished)}</td>
                  <td className="num">
                    <strong>{span(p.averageHandling!)}</strong>
                  </td>
                  <td className="num">{span(p.averageHandling!.legal)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}
