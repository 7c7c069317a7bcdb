// Catalogue administration: find a procedure to edit, or add one.
import { useState } from "react";
import { useProcedureSearch } from "../../../api/catalog.ts";
import { duration } from "../../../i18n/format.ts";
import { useI18n } from "../../../i18n/index.tsx";
import { Link } from "../../../router.tsx";
import { ErrorBox } from "../../../ui/ErrorBox.tsx";
import { TextField } from "../../../ui/Field.tsx";
import { Page } from "../../../ui/Page.tsx";
import { Empty, Loading } from "../../../ui/Status.tsx";
import { useDebounced } from "../../../ui/useDebounced.ts";

export default function ProcedureList() {
  const { t } = useI18n();
  const [q, setQ] = useState("");
  const dq = useDebounced(q.trim(), 300);
  const r = useProcedureSearch({ q: dq || undefined }, 50);
  const items = r.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Page
      title={t("proc.list")}
      lead={t("proc.listLead")}
      actions={
        <Link to="/quan-tri/thu-tuc/moi" className="btn btn-primary">
          {t("proc.new")}
        </Link>
      }
    >
      <search className="card filters" aria-label={t("common.filters")}>
        <TextField
          label={t("catalog.search")}
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
      </search>
      <section className="card" aria-labelledby="proc-list-h" aria-busy={r.isFetching}>
        <h2 id="proc-list-h">{t("catalog.count", { n: items.length })}</h2>
        {r.isPending ? (
          <Loading />
        ) : r.isError ? (
          <ErrorBox error={r.error} onRetry={() => r.refetch()} />
        ) : items.length === 0 ? (
          <Empty>{t("catalog.none")}</Empty>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t("catalog.code")}</th>
                  <th scope="col">{t("proc.name")}</th>
                  <th scope="col">{t("catalog.duration")}</th>
                  <th scope="col">{t("proc.version")}</th>
                  <th scope="col">{t("common.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((p) => (
                  <tr key={p.code}>
                    <td>
                      <code>{p.code}</code>
                    </td>
                    <td>
                      {p.name}
                      <div className="muted small">{p.field}</div>
                    </td>
                    <td className="nowrap">{duration(t, p.duration)}</td>
                    <td className="num">{p.version}</td>
                    <td>
                      <Link to={`/quan-tri/thu-tuc/${encodeURIComponent(p.code)}`}>
                        {t("proc.editShort")}
                        <span className="sr-only"> {p.name}</span>
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </Page>
  );
}
