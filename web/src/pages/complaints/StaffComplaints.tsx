// The officers' complaint work list: in scope, newest first, with the answer's due moment.
import { useState } from "react";
import {
  type ComplaintListItem,
  type ComplaintState,
  useComplaints,
} from "../../api/complaints.ts";
import { useAgencies } from "../../api/identity.ts";
import { useI18n } from "../../i18n/index.tsx";
import { Link } from "../../router.tsx";
import { ChoiceField } from "../../ui/Field.tsx";
import { type Column, ListPage } from "../../ui/ListPage.tsx";

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
  const { t } = useI18n();
  const [state, setState] = useState<ComplaintState | "">("");
  const q = useComplaints({ state: state || undefined });
  const agencies = useAgencies();
  const name = (c: string | null) =>
    c ? (agencies.data?.find((a) => a.code === c)?.name ?? c) : t("pakn.unrouted");
  const columns: Column<ComplaintListItem>[] = [
    {
      key: "code",
      header: t("pakn.code"),
      value: (c) => c.code,
      search: (c) => t(`pakn.class.${c.class}`),
      render: (c) => (
        <>
          <Link to={`/phan-anh/xu-ly/${encodeURIComponent(c.code)}`} className="code-link">
            {c.code}
          </Link>
          <div className="muted small">{t(`pakn.class.${c.class}`)}</div>
        </>
      ),
    },
    {
      key: "title",
      header: t("pakn.titleField"),
      value: (c) => c.title,
      search: (c) => c.dossierCode ?? "",
      render: (c) => (
        <>
          {c.title ?? "—"}
          {c.dossierCode && (
            <div className="muted small">
              {t("pakn.dossierCode")}: <code>{c.dossierCode}</code>
            </div>
          )}
        </>
      ),
    },
    { key: "agency", header: t("pakn.agencyShort"), value: (c) => name(c.agencyCode) },
    {
      key: "received",
      header: t("pakn.receivedAt"),
      value: (c) => c.receivedAt,
      format: "datetime",
    },
    { key: "due", header: t("pakn.answerDue"), value: (c) => c.answerDue, format: "datetime" },
    {
      key: "state",
      header: t("common.status"),
      value: (c) => t(`pakn.state.${c.state}`),
      render: (c) => <span className="badge badge-info">{t(`pakn.state.${c.state}`)}</span>,
    },
  ];
  return (
    <ListPage
      title={t("pakn.staffTitle")}
      lead={t("pakn.staffLead")}
      filtersLabel={t("common.filters")}
      filters={
        <div className="row row-end">
          <ChoiceField
            label={t("common.status")}
            value={state}
            onValue={setState}
            values={COMPLAINT_STATES}
            labelOf={(s) => t(`pakn.state.${s}`)}
            empty={t("common.all")}
          />
        </div>
      }
      id="pakn-list"
      query={q}
      rows={(d) => d}
      heading={(rows) => t("pakn.count", { n: rows?.length ?? 0 })}
      empty={t("pakn.none")}
      columns={columns}
      rowKey={(c) => c.code}
    />
  );
}
