// The control room: the Decision 766 index of a unit for a running period, kept live by the
// server's event stream (no reload), with what costs points, the forecast, the handling time per
// procedure, the ranking of units and the Excel export. The unit and the period are in the URL
// (?don-vi=…&ky=thang|quy|nam), so a reload or a shared link shows the same view.
import { useEffect } from "react";
import { useAgencies, useMe } from "../../api/identity.ts";
import { indexXlsxUrl, type Period, useIndex, useLiveIndex } from "../../api/index766.ts";
import { number } from "../../i18n/format.ts";
import { formatDate, useI18n } from "../../i18n/index.tsx";
import { navigate, useLocation } from "../../router.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { Options, SelectField } from "../../ui/Field.tsx";
import { Page, Section } from "../../ui/Page.tsx";
import { Loading } from "../../ui/Status.tsx";
import { Gauge, GroupBars } from "./Charts.tsx";
import { Costs } from "./Costs.tsx";
import { Forecast } from "./Forecast.tsx";
import { HandlingTime } from "./HandlingTime.tsx";
import { IndicatorTable } from "./IndicatorTable.tsx";
import { LiveBadge } from "./LiveBadge.tsx";
import { type PeriodKind, runningPeriod } from "./periods.ts";
import { Ranking } from "./Ranking.tsx";

const WIDE = new Set(["control_officer", "home_affairs", "inspector"]);
const KINDS: Record<string, PeriodKind> = { thang: "month", quy: "quarter", nam: "year" };
const SLUG: Record<PeriodKind, string> = { month: "thang", quarter: "quy", year: "nam" };

export default function Dashboard() {
  const { t, lang } = useI18n();
  const me = useMe().data;
  const agencies = useAgencies();
  const root = agencies.data?.find((a) => a.level === "province" && !a.parentCode && !a.mergedInto);
  const wide = !!me?.grants.some((g) => WIDE.has(g.role));
  const own =
    me?.grants
      .filter((g) => ["leader", "head", "center_manager"].includes(g.role))
      .map((g) => g.agencyCode) ?? [];
  const units = [
    ...(root ? [root] : []),
    ...(agencies.data ?? []).filter(
      (a) => !a.mergedInto && a !== root && (wide || own.includes(a.code)),
    ),
  ];
  const { path, query } = useLocation();
  const unit = query.get("don-vi");
  const kind = KINDS[query.get("ky") ?? ""] ?? "quarter";
  const show = (u: string | null, k: PeriodKind) => {
    const s = new URLSearchParams();
    if (u) s.set("don-vi", u);
    s.set("ky", SLUG[k]);
    navigate(`${path}?${s}`, { replace: true });
  };
  const setUnit = (u: string) => show(u, kind);
  const setKind = (k: PeriodKind) => show(unit, k);
  const chosen = unit ?? (wide || !own.length ? root?.code : own[0]) ?? null;
  // The default view is written into the URL too, so the link shared is the view seen.
  useEffect(() => {
    if (chosen && (!unit || !query.get("ky"))) show(chosen, kind);
  });
  const period: Period | null = chosen ? { unit: chosen, ...runningPeriod(kind) } : null;
  const idx = useIndex(period);
  const live = useLiveIndex(period);
  const d = idx.data;
  const max = d ? d.groups.reduce((s, g) => s + g.max, 0) : 0;
  return (
    <Page
      title={t("index.title")}
      lead={t("index.lead")}
      actions={<LiveBadge state={live.state} at={live.at} />}
    >
      <search className="card filters" aria-label={t("common.filters")}>
        <div className="row">
          <SelectField label={t("index.unit")} value={chosen ?? ""} onValue={setUnit}>
            <Options items={units} value={(a) => a.code} label={(a) => a.name} />
          </SelectField>
          <SelectField
            label={t("index.period")}
            value={kind}
            onValue={(v) => setKind(v as PeriodKind)}
          >
            {(["month", "quarter", "year"] as PeriodKind[]).map((k) => (
              <option key={k} value={k}>
                {t(`index.period.${k}`)}
              </option>
            ))}
          </SelectField>
        </div>
        {period && (
          <p className="hint">
            {t("index.period.range", {
              from: formatDate(lang, period.from),
              to: formatDate(lang, period.to),
            })}
          </p>
        )}
        {period && me && (
          <p className="index-export">
            <a className="btn btn-secondary" href={indexXlsxUrl(period)} download>
              {t("index.exportXlsx")}
            </a>
          </p>
        )}
      </search>
      {idx.isPending ? (
        <Loading />
      ) : idx.isError ? (
        <ErrorBox error={idx.error} onRetry={() => idx.refetch()} />
      ) : (
        d && (
          <>
            <div className="index-top">
              <Section title={t("index.total")} id="total" className="index-total">
                <Gauge
                  value={d.total}
                  max={max}
                  format={(n) => number(lang, n, 2)}
                  label={t("index.gaugeLabel", {
                    total: number(lang, d.total, 2),
                    max,
                    band: d.band[lang],
                  })}
                />
                <p className="index-score" aria-live="polite">
                  <strong data-testid="index-total">{number(lang, d.total, 2)}</strong>{" "}
                  <span className="muted">{t("index.outOf", { max })}</span>
                </p>
                <p className="center">
                  {t("index.band")}:{" "}
                  <span
                    className={`badge ${d.noData ? "badge-neutral" : "badge-info"}`}
                    data-testid="index-band"
                  >
                    {d.band[lang]}
                  </span>
                </p>
                {d.noData && <p className="hint center">{t("index.noDataLead")}</p>}
              </Section>
              <Section title={t("index.groups")} id="groups">
                <GroupBars
                  groups={d.groups.map((g) => ({
                    name: d.names.groups[g.id]?.[lang] ?? g.id,
                    score: g.score,
                    max: g.max,
                  }))}
                  label={t("index.barsLabel")}
                  format={(n) => number(lang, n, 2)}
                />
              </Section>
            </div>
            <Section title={t("index.indicators")} id="indicators">
              <IndicatorTable d={d} />
            </Section>
            {me && <Costs period={period!} />}
            {me && <Forecast unit={chosen} kind={kind} />}
            {me && <HandlingTime period={period!} />}
            {me && (wide || own.length > 0) && <Ranking period={period!} />}
          </>
        )
      )}
    </Page>
  );
}
