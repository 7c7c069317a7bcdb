// The officers' complaint work list: in scope, newest first, with the answer's due moment.
import { useState } from "react";
import { type ComplaintState, useComplaints } from "../../api/complaints.ts";
import { useAgencies } from "../../api/identity.ts";
import { formatDateTime, useI18n } from "../../i18n/index.tsx";
import { Link } from "../../router.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { SelectField } from "../../ui/Field.tsx";
import { Page } from "../../ui/Page.tsx";
import { Empty, Loading } from "../../ui/Status.tsx";

export const COMPLAINT_STATES: ComplaintState[] = [
  "received",
  "classified",
  "refused",
  "info-requested",
  "info-received",
  "answered",
  "published",
  "rated",
];

export default function StaffComplaints() {
  const { t, lang } = useI18n();
  const [state, setState] = useState<ComplaintState | "">("");
  const q = useComplaints({ state: state || undefined });
  const agencies = useAgencies();
  const name = (c: string | null) =>
    c ? (agencies.data?.find((a) => a.code === c)?.name ?? c) : t("pakn.unrouted");
  const list = q.data ?? [];
  return (
    <Page title={t("pakn.staffTitle")} lead={t("pakn.staffLead")}>
      <search className="card filters" aria-label={t("common.filters")}>
        <div className="row row-end">
          <SelectField
            label={t("common.status")}
            value={state}
            onChange={(e) => setState(e.target.value as ComplaintState | "")}
          >
            <option value="">{t("common.all")}</option>
            {COMPLAINT_STATES.map((s) => (
              <option key={s} value={s}>
                {t(`pakn.state.${s}`)}
              </option>
            ))}
          </SelectField>
        </div>
      </search>
      <section className="card" aria-labelledby="pakn-list-h" aria-busy={q.isFetching}>
        <h2 id="pakn-list-h">{t("pakn.count", { n: list.length })}</h2>
        {q.isPending ? (
          <Loading />
        ) : q.isError ? (
          <ErrorBox error={q.error} onRetry={() => q.refetch()} />
        ) : list.length === 0 ? (
          <Empty>{t("pakn.none")}</Empty>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t("pakn.code")}</th>
                  <th scope="col">{t("pakn.titleField")}</th>
                  <th scope="col">{t("pakn.agencyShort")}</th>
                  <th scope="col">{t("pakn.receivedAt")}</th>
                  <th scope="col">{t("pakn.answerDue")}</th>
                  <th scope="col">{t("common.status")}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((c) => (
                  <tr key={c.code}>
                    <td>
                      <Link
                        to={`/phan-anh/xu-ly/${encodeURIComponent(c.code)}`}
                        className="code-link"
                      >
                        {c.code}
                      </Link>
                      <div className="muted small">{t(`pakn.class.${c.class}`)}</div>
                    </td>
                    <td>
                      {c.title ?? "—"}
                      {c.dossierCode && (
                        <div className="muted small">
                          {t("pakn.dossierCode")}: <code>{c.dossierCode}</code>
                        </div>
                      )}
                    </td>
                    <td>{name(c.agencyCode)}</td>
                    <td className="nowrap">{formatDateTime(lang, c.receivedAt)}</td>
                    <td className="nowrap">{formatDateTime(lang, c.answerDue) || "—"}</td>
                    <td>
                      <span className="badge badge-info">{t(`pakn.state.${c.state}`)}</span>
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
