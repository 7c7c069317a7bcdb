import { useState } from "react";
import { type Period, useRanking } from "../../api/index766.ts";
import { unitOverviewPath } from "../../api/reform.ts";
import { number } from "../../i18n/format.ts";
import { useI18n } from "../../i18n/index.tsx";
import { Link } from "../../router.tsx";
import { Button } from "../../ui/Button.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { SelectField } from "../../ui/Field.tsx";
import { Section } from "../../ui/Page.tsx";
import { Empty, Loading } from "../../ui/Status.tsx";

export function Ranking({ period }: { period: Period }) {
  const { t, lang } = useI18n();
  const [level, setLevel] = useState<"department" | "commune">("commune");
  const [all, setAll] = useState(false);
  const q = useRanking(level, period, true);
  const levelName = t(`agency.level.${level}`);
  return (
    <Section title={t("index.ranking", { level: levelName.toLowerCase() })} id="ranking">
      <SelectField
        label={t("agency.level")}
        value={level}
        onValue={(v) => setLevel(v as "department" | "commune")}
      >
        <option value="commune">{t("agency.level.commune")}</option>
        <option value="department">{t("agency.level.department")}</option>
      </SelectField>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorBox error={q.error} />
      ) : q.data.units.length === 0 ? (
        <Empty />
      ) : (
        <div className="table-wrap ranking">
          <table className="table">
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t("index.rank")}
                </th>
                <th scope="col">{t("index.unit")}</th>
                <th scope="col" className="num">
                  {t("index.total")}
                </th>
                <th scope="col">{t("index.band")}</th>
                <th scope="col" className="num">
                  {t("index.change")}
                </th>
              </tr>
            </thead>
            <tbody>
              {q.data.units.slice(0, all ? undefined : 10).map((u) => (
                <tr key={u.code}>
                  <td className="num">{u.rank ?? "—"}</td>
                  <td>
                    <Link to={unitOverviewPath(u.code, Number(period.to.slice(0, 4)))}>
                      {u.name}
                    </Link>
                  </td>
                  <td className="num">
                    {u.noData ? "—" : <strong>{number(lang, u.total, 2)}</strong>}
                  </td>
                  <td>
                    {u.noData ? (
                      <span className="badge badge-neutral">{u.band[lang]}</span>
                    ) : (
                      u.band[lang]
                    )}
                  </td>
                  <td className="num">
                    {u.change === null
                      ? "—"
                      : `${u.change > 0 ? "▲ +" : u.change < 0 ? "▼ " : ""}${number(lang, u.change, 2)}`}
                    {u.change !== null && q.data.fewDays && (
                      <span className="muted small" title={t("index.fewDays", { n: q.data.days })}>
                        {" "}
                        *
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {q.data.fewDays && (
            <p className="hint" data-testid="few-days">
              * {t("index.fewDays", { n: q.data.days })}
            </p>
          )}
          {q.data.units.length > 10 && (
            <Button variant="link" onClick={() => setAll(!all)} aria-expanded={all}>
              {all ? t("index.showTop") : t("index.showAll", { n: q.data.units.length })}
            </Button>
          )}
        </div>
      )}
    </Section>
  );
}
