import type { IndexResult } from "../../api/index766.ts";
import { number } from "../../i18n/format.ts";
import { useI18n } from "../../i18n/index.tsx";

export function IndicatorTable({ d }: { d: IndexResult }) {
  const { t, lang } = useI18n();
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t("index.indicator")}</th>
            <th scope="col" className="num">
              {t("index.figures")}
            </th>
            <th scope="col" className="num">
              {t("index.rate")}
            </th>
            <th scope="col" className="num">
              {t("index.score")}
            </th>
          </tr>
        </thead>
        <tbody>
          {d.indicators.map((i) => (
            <tr key={i.id}>
              <td>
                <span className="muted">{i.id}</span> {d.names.indicators[i.id]?.[lang] ?? ""}
              </td>
              {i.id === "2.2" ? (
                // 2.2 is a mean, not a ratio: the dossiers it averages, and the share of the legal
                // time they used; the time itself, per procedure, is in "handling time" below.
                <>
                  <td className="num">{t("index.dossiers", { n: number(lang, i.denominator) })}</td>
                  <td className="num">
                    {i.rate === null ? (
                      "—"
                    ) : (
                      <a href="#handling-time-h">
                        {t("index.ofLegalTime", { n: number(lang, i.rate, 0) })}
                      </a>
                    )}
                  </td>
                </>
              ) : (
                <>
                  <td className="num">
                    {number(lang, i.numerator)} / {number(lang, i.denominator)}
                  </td>
                  <td className="num">
                    {i.rate === null ? t("index.noData") : `${number(lang, i.rate, 1)} %`}
                  </td>
                </>
              )}
              <td className="num">
                <strong>{number(lang, i.score, 2)}</strong> / {i.max}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
