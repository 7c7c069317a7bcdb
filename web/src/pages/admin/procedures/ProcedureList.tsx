// Catalogue administration: find a procedure to edit, or add one.
import { useState } from "react";
import { type ProcedureSummary, useProcedureSearch } from "../../../api/catalog.ts";
import { duration } from "../../../i18n/format.ts";
import { useI18n } from "../../../i18n/index.tsx";
import { Link } from "../../../router.tsx";
import { SearchField } from "../../../ui/Field.tsx";
import { type Column, ListPage } from "../../../ui/ListPage.tsx";
import { useDebounced } from "../../../ui/useDebounced.ts";

export default function ProcedureList() {
  const { t } = useI18n();
  const [q, setQ] = useState("");
  const dq = useDebounced(q.trim(), 300);
  const r = useProcedureSearch({ q: dq || undefined }, 50);
  const columns: Column<ProcedureSummary>[] = [
    {
      key: "code",
      header: t("catalog.code"),
      value: (p) => p.code,
      render: (p) => <code>{p.code}</code>,
    },
    {
      key: "name",
      header: t("proc.name"),
      value: (p) => p.name,
      render: (p) => (
        <>
          {p.name}
          <div className="muted small">{p.field}</div>
        </>
      ),
    },
    {
      key: "duration",
      header: t("catalog.duration"),
      value: (p) => duration(t, p.duration),
      className: "nowrap",
      sortable: false,
    },
    { key: "version", header: t("proc.version"), value: (p) => p.version, format: "number" },
    {
      key: "edit",
      header: t("common.actions"),
      render: (p) => (
        <Link to={`/quan-tri/thu-tuc/${encodeURIComponent(p.code)}`}>
          {t("proc.editShort")}
          <span className="sr-only"> {p.name}</span>
        </Link>
      ),
    },
  ];
  return (
    <ListPage
      title={t("proc.list")}
      lead={t("proc.listLead")}
      actions={
        <Link to="/quan-tri/thu-tuc/moi" className="btn btn-primary">
          {t("proc.new")}
        </Link>
      }
      filtersLabel={t("common.filters")}
      filters={<SearchField label={t("catalog.search")} value={q} onValue={setQ} />}
      id="proc-list"
      query={r}
      rows={(d) => d.pages.flatMap((p) => p.items)}
      heading={(rows) => t("catalog.count", { n: rows?.length ?? 0 })}
      empty={t("catalog.none")}
      columns={columns}
      rowKey={(p) => p.code}
    />
  );
}
