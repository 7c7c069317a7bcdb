import { type Period, useCosts } from "../../api/index766.ts";
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
      ) : q.data.items.length === 0 ? (
        <Empty>{t("index.noCosts")}</Empty>
      ) : (
        <ul className="cost-list">
          {q.data.items.slice(0, 20).map((c) => (
            <li key={`${c.indicator}-${c.kind}-${c.code}`}>
              <span className="cost-points">
                {t("index.points", { n: number(lang, c.points, 2) })}
              </span>
              <span>
                {c.kind === "dossier" ? (
                  <Link to={`/ho-so/${encodeURIComponent(c.code)}`}>{c.code}</Link>
                ) : (
                  <code>{c.code}</code>
                )}{" "}
                — {c[lang]}
                <span className="muted small">
                  {" "}
                  ({c.indicator}
                  {c.indicatorName ? ` ${c.indicatorName[lang]}` : ""})
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
