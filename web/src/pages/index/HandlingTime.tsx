// Indicator 2.2 in a unit a person reads: the mean handling time of the dossiers finished in the
// period, per procedure, in the procedure's own unit (working days, hours…) beside its legal time.
import { type Period, useProcedureFigures } from "../../api/index766.ts";
import { number } from "../../i18n/format.ts";
import { type Key, useI18n } from "../../i18n/index.tsx";
import { type Column, DataTable } from "../../ui/DataTable.tsx";
import { Section } from "../../ui/Page.tsx";
import { QueryState } from "../../ui/QueryState.tsx";

interface Span {
  value: number;
  unit: string;
}

export function HandlingTime({ period }: { period: Period }) {
  const { t, lang } = useI18n();
  const q = useProcedureFigures(period);
  const span = (d: Span) =>
    t(`duration.${d.unit}` as Key, { n: number(lang, d.value, Number.isInteger(d.value) ? 0 : 1) });
  const rows = (q.data?.procedures ?? []).flatMap((p) =>
    p.averageHandling ? [{ code: p.code, name: p.name, avg: p.averageHandling }] : [],
  );
  type Row = (typeof rows)[number];
  const columns: Column<Row>[] = [
    {
      key: "procedure",
      header: t("index.procedure"),
      value: (p) => p.name ?? p.code,
      search: (p) => p.code,
      render: (p) => (
        <>
          {p.name ?? p.code} <span className="muted small">({p.code})</span>
        </>
      ),
    },
    {
      key: "finished",
      header: t("index.finished"),
      value: (p) => p.avg.finished,
      format: "number",
    },
    {
      key: "average",
      header: t("index.averageTime"),
      className: "num",
      render: (p) => <strong>{span(p.avg)}</strong>,
    },
    {
      key: "legal",
      header: t("index.legalTime"),
      className: "num",
      render: (p) => span(p.avg.legal),
    },
  ];
  return (
    <Section title={t("index.handlingTime")} id="handling-time">
      <p className="muted">{t("index.handlingTimeLead")}</p>
      <QueryState query={q} empty={t("index.noFinished")} isEmpty={() => rows.length === 0}>
        {() => (
          <DataTable
            caption={t("index.handlingTime")}
            captionHidden
            rows={rows}
            rowKey={(p) => p.code}
            columns={columns}
          />
        )}
      </QueryState>
    </Section>
  );
}
