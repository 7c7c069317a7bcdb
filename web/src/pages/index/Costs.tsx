// "What costs points": each indicator's loss, largest first, those at 0/0 for missing data
// included, with what to do about it and the dossiers, procedures or complaints behind it.
import { type CostItem, type Period, useCosts } from "../../api/index766.ts";
import { number } from "../../i18n/format.ts";
import { useI18n } from "../../i18n/index.tsx";
import { Link } from "../../router.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { Section } from "../../ui/Page.tsx";
import { Empty, Loading } from "../../ui/Status.tsx";

export function Costs({ period }: { period: Period }) {
  const { t, lang } = useI18n();
  const q = useCosts(period, true);
  return (
    <Section title={t("index.costs")} id="costs">
      <p className="muted">{t("index.costsLead")}</p>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorBox error={q.error} />
      ) : q.data.indicators.length === 0 ? (
        <Empty>{t("index.noCosts")}</Empty>
      ) : (
        <ol className="cost-list" data-testid="cost-list">
          {q.data.indicators.map((l) => (
            <li key={l.indicator} data-lost={l.lost}>
              <span className="cost-points">
                {t("index.points", { n: number(lang, l.lost, 2) })}
              </span>
              <span>
                <strong>
                  {l.indicator} {l.name[lang]}
                </strong>{" "}
                {l.missingData ? (
                  <span className="badge badge-warn">{t("index.noData")} (0/0)</span>
                ) : (
                  <span className="muted small">
                    {number(lang, l.numerator, 0)} / {number(lang, l.denominator, 0)} ·{" "}
                    {t("index.scoreOf", { score: number(lang, l.score, 2), max: l.max })}
                  </span>
                )}
                <span className="cost-advice">
                  {t("index.whatToDo")}: {l.advice[lang]}
                </span>
                {l.items.length > 0 && (
                  <details>
                    <summary>{t("index.costItems", { n: l.count })}</summary>
                    <ul>
                      {l.items.map((c) => (
                        <Item key={`${c.kind}-${c.code}`} c={c} />
                      ))}
                    </ul>
                  </details>
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}

function Item({ c }: { c: CostItem }) {
  const { t, lang } = useI18n();
  return (
    <li>
      {c.kind === "dossier" ? (
        <Link to={`/ho-so/${encodeURIComponent(c.code)}`}>{c.code}</Link>
      ) : (
        <code>{c.code}</code>
      )}{" "}
      — {c[lang]}{" "}
      <span className="muted small">({t("index.points", { n: number(lang, c.points, 2) })})</span>
    </li>
  );
}
