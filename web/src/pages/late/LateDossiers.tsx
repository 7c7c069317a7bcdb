// "Hồ sơ trễ hạn": the late dossiers in the user's scope (the work queue's late filter, judged by
// the server's clock), the ones warned as soon late (notifications), and for heads the
// explanations waiting for their signature.
import { type QueueItem, useQueue } from "../../api/dossiers.ts";
import { useAgencies, useMe } from "../../api/identity.ts";
import { type Explanation, useLateExplanations, useNotifications } from "../../api/late.ts";
import { formatDateTime, useI18n } from "../../i18n/index.tsx";
import { Link } from "../../router.tsx";
import { DataTable } from "../../ui/DataTable.tsx";
import { type Column, ListSection } from "../../ui/ListPage.tsx";
import { Page, Section } from "../../ui/Page.tsx";
import { QueryState } from "../../ui/QueryState.tsx";
import { Empty } from "../../ui/Status.tsx";
import { DeadlineBadge } from "../dossiers/DeadlineBadge.tsx";
import { TONE_CLASS } from "../dossiers/deadline.ts";
import { ExplanationBadge } from "./ExplanationBadge.tsx";

const REPORT_ROLES = [
  "head",
  "leader",
  "center_manager",
  "control_officer",
  "home_affairs",
  "inspector",
];

export default function LateDossiers() {
  const { t, lang } = useI18n();
  const me = useMe().data;
  const roles = new Set(me?.grants.map((g) => g.role) ?? []);
  const late = useQueue({ late: "true", limit: 100 }, { refetchInterval: 60_000 });
  const notes = useNotifications(!!me);
  const items = late.data?.items ?? [];
  const lateCodes = items.map((i) => i.code);
  const warned = new Map<string, { message: string; at: string }>();
  for (const n of notes.data ?? [])
    if (n.kind === "warning" && !lateCodes.includes(n.dossierCode) && !warned.has(n.dossierCode))
      warned.set(n.dossierCode, { message: n.message[lang], at: n.createdAt });
  const codes = [...lateCodes, ...warned.keys()];
  // One call for the explanations of every row (not one per dossier).
  const explained = useLateExplanations(codes);
  const byCode = new Map((explained.data?.items ?? []).map((x) => [x.code, x.explanation]));
  const state = new Map(
    codes.map((c) => [
      c,
      explained.data
        ? { late: lateCodes.includes(c), explanation: byCode.get(c) ?? null }
        : undefined,
    ]),
  );
  const agencies = useAgencies();
  const agencyName = (code: string) => agencies.data?.find((a) => a.code === code)?.name ?? code;
  const pending = [...byCode]
    .filter(([, x]) => x.status === "drafted")
    .map(([code, x]) => ({ code, ...x }));
  const dossierLink = (code: string) => (
    <Link to={`/ho-so/${encodeURIComponent(code)}`} className="code-link">
      {code}
    </Link>
  );

  const pendingColumns: Column<Explanation & { code: string }>[] = [
    {
      key: "code",
      header: t("queue.code"),
      value: (x) => x.code,
      render: (x) => dossierLink(x.code),
    },
    { key: "reason", header: t("late.reason"), value: (x) => x.reason, className: "prewrap" },
    {
      key: "by",
      header: t("late.draftedBy"),
      value: (x) => x.draftedBy,
      render: (x) => (
        <>
          {x.draftedBy}
          <div className="muted small">{formatDateTime(lang, x.draftedAt)}</div>
        </>
      ),
    },
    {
      key: "proposed",
      header: t("late.proposedDue"),
      value: (x) => x.proposedDueAt,
      className: "nowrap",
      render: (x) => <strong>{formatDateTime(lang, x.proposedDueAt)}</strong>,
    },
    {
      key: "form04",
      header: t("late.form04"),
      render: (x) => (
        <a href={x.form04} target="_blank" rel="noopener">
          {t("late.form04Draft")}
          <span className="sr-only"> {x.code}</span>
        </a>
      ),
    },
  ];
  const lateColumns: Column<QueueItem>[] = [
    {
      key: "code",
      header: t("queue.code"),
      value: (d) => d.code,
      render: (d) => (
        <>
          {dossierLink(d.code)}
          <div>
            <DeadlineBadge t={d.timeliness} />
          </div>
        </>
      ),
    },
    {
      key: "procedure",
      header: t("queue.procedure"),
      value: (d) => d.procedureName ?? d.procedure,
      search: (d) => d.procedure,
    },
    { key: "agency", header: t("queue.agency"), value: (d) => agencyName(d.agency) },
    {
      key: "due",
      header: t("queue.due"),
      value: (d) => d.dueAt,
      className: "nowrap",
      render: (d) => {
        const newDue = d.extendedDueAt ?? byCode.get(d.code)?.newDueAt ?? null;
        return (
          <>
            <strong>{formatDateTime(lang, d.dueAt)}</strong>
            {newDue && (
              <div className="small">
                {t("late.newDueShort")}: <strong>{formatDateTime(lang, newDue)}</strong>
              </div>
            )}
          </>
        );
      },
    },
    {
      key: "explanation",
      header: t("late.explanationCol"),
      render: (d) => <ExplanationBadge s={state.get(d.code)} />,
    },
  ];

  return (
    <Page
      title={t("late.title")}
      lead={t("late.lead")}
      actions={
        REPORT_ROLES.some((r) => roles.has(r as never)) ? (
          <Link to="/ho-so-tre-han/bao-cao" className="btn btn-secondary">
            {t("compliance.title")}
          </Link>
        ) : null
      }
    >
      {roles.has("head") && (
        <Section title={t("late.pendingTitle", { n: pending.length })} id="pending">
          <p className="muted">{t("late.pendingLead")}</p>
          {pending.length === 0 ? (
            <Empty>{t("late.pendingNone")}</Empty>
          ) : (
            <DataTable
              caption={t("late.pendingTitle", { n: pending.length })}
              captionHidden
              rows={pending}
              rowKey={(x) => x.code}
              columns={pendingColumns}
            />
          )}
        </Section>
      )}

      <ListSection
        id="late-list"
        query={late}
        rows={(d) => d.items}
        heading={(rows) =>
          rows
            ? `${t("late.listTitle")} · ${t("queue.count", { n: rows.length })}`
            : t("late.listTitle")
        }
        empty={t("late.none")}
        columns={lateColumns}
        rowKey={(d) => d.code}
        rowClass={(d) => `row-tone ${TONE_CLASS[d.timeliness.verdict]}`}
      />

      <Section title={t("late.soonTitle")} id="soon">
        <p className="muted">{t("late.soonLead")}</p>
        <QueryState query={notes} empty={t("late.soonNone")} isEmpty={() => warned.size === 0}>
          {() => (
            <ul className="note-list">
              {[...warned].map(([code, w]) => (
                <li key={code}>
                  {dossierLink(code)} <ExplanationBadge s={state.get(code)} />
                  <p>{w.message}</p>
                  <p className="muted small">{formatDateTime(lang, w.at)}</p>
                </li>
              ))}
            </ul>
          )}
        </QueryState>
      </Section>
    </Page>
  );
}
