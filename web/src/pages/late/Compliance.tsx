// Compliance with the late-dossier rules per agency and period: every late dossier needs an
// explanation and a signed apology (Form 04). Figures, the list, and the Excel export.
import { useState } from "react";
import { useAgencies, useMe } from "../../api/identity.ts";
import {
  type ComplianceQuery,
  type ComplianceRow,
  complianceXlsxUrl,
  useCompliance,
} from "../../api/late.ts";
import { formatDateTime, useI18n } from "../../i18n/index.tsx";
import { Link } from "../../router.tsx";
import { type Column, DataTable } from "../../ui/DataTable.tsx";
import { DateField, Options, SelectField } from "../../ui/Field.tsx";
import { Page } from "../../ui/Page.tsx";
import { QueryState } from "../../ui/QueryState.tsx";
import { Empty } from "../../ui/Status.tsx";
import type { PeriodKind } from "../index/periods.ts";

/** The whole month, quarter or year around today (Vietnam time): appointments ahead count too. */
function wholePeriod(kind: PeriodKind, now = Date.now()): { from: string; to: string } {
  const vn = new Date(now + 7 * 3_600_000);
  const y = vn.getUTCFullYear();
  const m = vn.getUTCMonth();
  const [start, months] =
    kind === "year" ? [0, 12] : kind === "quarter" ? [m - (m % 3), 3] : [m, 1];
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  return {
    from: iso(new Date(Date.UTC(y, start, 1))),
    to: iso(new Date(Date.UTC(y, start + months, 0))),
  };
}

const ALL_SCOPE = new Set(["control_officer", "home_affairs", "inspector"]);
const STATE_CLASS = { missing: "badge-late", explained: "badge-warn", apologised: "badge-ok" };

export default function Compliance() {
  const { t, lang } = useI18n();
  const me = useMe().data;
  const tree = useAgencies();
  const all = me?.grants.some((g) => ALL_SCOPE.has(g.role)) ?? false;
  const roots = [...new Set(me?.grants.map((g) => g.agencyCode).filter(Boolean) ?? [])];
  const live = (tree.data ?? []).filter((a) => !a.mergedInto);
  const under = (code: string): string[] => [
    code,
    ...live.filter((a) => a.parentCode === code).flatMap((a) => under(a.code)),
  ];
  const options = all ? live.map((a) => a.code) : [...new Set(roots.flatMap(under))];
  const name = (code: string) => tree.data?.find((a) => a.code === code)?.name ?? code;
  const [agency, setAgency] = useState<string>("");
  const [kind, setKind] = useState<PeriodKind | "custom">("year");
  const [custom, setCustom] = useState(wholePeriod("year"));
  const chosen = agency || me?.activeAgency || options[0] || "";
  const period = kind === "custom" ? custom : wholePeriod(kind);
  const q: ComplianceQuery | null = chosen ? { agency: chosen, ...period } : null;
  const r = useCompliance(q);
  const s = r.data?.summary;
  const many = new Set(r.data?.dossiers.map((d) => d.agencyCode)).size > 1;
  const tiles = s
    ? [
        { label: t("compliance.late"), value: s.late },
        { label: t("compliance.explained"), value: s.withExplanation },
        { label: t("compliance.apologised"), value: s.withApology },
        { label: t("compliance.beforeDue"), value: s.apologyBeforeDue },
        { label: t("compliance.missingExplanation"), value: s.missingExplanation, bad: true },
        { label: t("compliance.missingApology"), value: s.missingApology, bad: true },
      ]
    : [];
  const columns: Column<ComplianceRow>[] = [
    {
      key: "code",
      header: t("queue.code"),
      value: (d) => d.code,
      search: (d) => d.procedureCode,
      className: "nowrap",
      render: (d) => (
        <>
          <Link to={`/ho-so/${encodeURIComponent(d.code)}`} className="code-link">
            {d.code}
          </Link>
          <div className="muted small">
            <code>{d.procedureCode}</code>
          </div>
        </>
      ),
    },
    { key: "agency", header: t("queue.agency"), value: (d) => name(d.agencyCode) },
    { key: "due", header: t("queue.due"), value: (d) => d.dueAt, format: "datetime" },
    {
      key: "end",
      header: t("compliance.end"),
      value: (d) => d.endAt,
      className: "nowrap",
      render: (d) => (d.endAt ? formatDateTime(lang, d.endAt) : t("compliance.open")),
    },
    {
      key: "state",
      header: t("late.status"),
      value: (d) => t(`late.state.${d.state}`),
      search: (d) => d.whyLate[lang],
      render: (d) => (
        <>
          <span className={`badge ${STATE_CLASS[d.state]}`}>{t(`late.state.${d.state}`)}</span>
          <div className="muted small">{d.whyLate[lang]}</div>
        </>
      ),
    },
    {
      key: "reason",
      header: t("late.reason"),
      value: (d) => d.explanation?.reason,
      className: "prewrap",
      render: (d) =>
        d.explanation ? (
          <>
            {d.explanation.reason}
            <div className="muted small">
              {t("late.responsibleName")}: {d.explanation.responsibleName}
            </div>
          </>
        ) : (
          "—"
        ),
    },
    {
      key: "newDue",
      header: t("late.newDue"),
      value: (d) => d.explanation?.newDueAt,
      className: "nowrap",
      render: (d) =>
        d.explanation?.newDueAt ? (
          <>
            <strong>{formatDateTime(lang, d.explanation.newDueAt)}</strong>
            <div className="muted small">
              {d.explanation.signedBy} · {formatDateTime(lang, d.explanation.signedAt)}
            </div>
          </>
        ) : (
          "—"
        ),
    },
  ];

  return (
    <Page
      title={t("compliance.title")}
      lead={t("compliance.lead")}
      back={{ to: "/ho-so-tre-han", label: t("late.title") }}
    >
      <search className="card filters" aria-label={t("common.filters")}>
        <div className="row row-end">
          <SelectField label={t("compliance.agency")} value={chosen} onValue={setAgency}>
            <Options
              items={options}
              label={(c) => (
                <>
                  {name(c)} ({c})
                </>
              )}
            />
          </SelectField>
          <SelectField
            label={t("index.period")}
            value={kind}
            onValue={(v) => setKind(v as PeriodKind | "custom")}
          >
            <option value="month">{t("index.period.month")}</option>
            <option value="quarter">{t("index.period.quarter")}</option>
            <option value="year">{t("index.period.year")}</option>
            <option value="custom">{t("compliance.custom")}</option>
          </SelectField>
          {kind === "custom" && (
            <>
              <DateField
                label={t("compliance.from")}
                value={custom.from}
                onValue={(v) => setCustom((c) => ({ ...c, from: v }))}
              />
              <DateField
                label={t("compliance.to")}
                value={custom.to}
                onValue={(v) => setCustom((c) => ({ ...c, to: v }))}
              />
            </>
          )}
          {q && (
            <a className="btn btn-secondary" href={complianceXlsxUrl(q)} download>
              {t("compliance.excel")}
            </a>
          )}
        </div>
        <p className="hint">{t("compliance.periodHint")}</p>
      </search>

      {!q ? (
        <Empty>{t("compliance.noAgency")}</Empty>
      ) : !r.data ? (
        <QueryState query={r}>{() => null}</QueryState>
      ) : (
        <>
          <ul className="stat-grid compliance-stats" aria-label={t("compliance.summary")}>
            {tiles.map((x) => (
              <li key={x.label} className={x.bad && x.value > 0 ? "stat stat-bad" : "stat"}>
                <div>
                  <span className="stat-value">{x.value}</span>
                  <span className="stat-label">{x.label}</span>
                </div>
              </li>
            ))}
          </ul>
          <section className="card" aria-labelledby="compliance-list-h" aria-busy={r.isFetching}>
            <h2 id="compliance-list-h">
              {t("compliance.list", { name: name(chosen) })}
              <span className="muted small">
                {" "}
                · {t("index.period.range", { from: r.data.from, to: r.data.to })}
              </span>
            </h2>
            {r.data.dossiers.length === 0 ? (
              <Empty>{t("compliance.none")}</Empty>
            ) : (
              <DataTable
                caption={t("compliance.list", { name: name(chosen) })}
                captionHidden
                rows={r.data.dossiers}
                rowKey={(d) => d.code}
                columns={columns.filter((c) => many || c.key !== "agency")}
              />
            )}
          </section>
        </>
      )}
    </Page>
  );
}
