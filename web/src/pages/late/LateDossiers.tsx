// "Hồ sơ trễ hạn": the late dossiers in the user's scope (the work queue's late filter, judged by
// the server's clock), the ones warned as soon late (notifications), and for heads the
// explanations waiting for their signature.
import { useQueries } from "@tanstack/react-query";
import { useProcedureNames } from "../../api/catalog.ts";
import { useQueue } from "../../api/dossiers.ts";
import { useAgencies, useMe } from "../../api/identity.ts";
import { type LateState, lateQuery, useNotifications } from "../../api/late.ts";
import { formatDateTime, useI18n } from "../../i18n/index.tsx";
import { Link } from "../../router.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { Page, Section } from "../../ui/Page.tsx";
import { Empty, Loading } from "../../ui/Status.tsx";
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
  const states = useQueries({
    queries: codes.map((c) => ({ ...lateQuery(c), staleTime: 30_000 })),
  });
  const state = new Map<string, LateState | undefined>(codes.map((c, i) => [c, states[i]?.data]));
  const names = useProcedureNames(items.map((i) => i.procedure));
  const agencies = useAgencies();
  const agencyName = (code: string) => agencies.data?.find((a) => a.code === code)?.name ?? code;
  const pending = codes.filter((c) => state.get(c)?.explanation?.status === "drafted");
  const dossierLink = (code: string) => (
    <Link to={`/ho-so/${encodeURIComponent(code)}`} className="code-link">
      {code}
    </Link>
  );

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
            <div className="table-wrap">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t("queue.code")}</th>
                    <th scope="col">{t("late.reason")}</th>
                    <th scope="col">{t("late.draftedBy")}</th>
                    <th scope="col">{t("late.proposedDue")}</th>
                    <th scope="col">{t("late.form04")}</th>
                  </tr>
                </thead>
                <tbody>
                  {pending.map((c) => {
                    const x = state.get(c)!.explanation!;
                    return (
                      <tr key={c}>
                        <td>{dossierLink(c)}</td>
                        <td className="prewrap">{x.reason}</td>
                        <td>
                          {x.draftedBy}
                          <div className="muted small">{formatDateTime(lang, x.draftedAt)}</div>
                        </td>
                        <td className="nowrap">
                          <strong>{formatDateTime(lang, x.proposedDueAt)}</strong>
                        </td>
                        <td>
                          <a href={x.form04} target="_blank" rel="noopener">
                            {t("late.form04Draft")}
                            <span className="sr-only"> {c}</span>
                          </a>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </Section>
      )}

      <section className="card" aria-labelledby="late-list-h" aria-busy={late.isFetching}>
        <h2 id="late-list-h">
          {t("late.listTitle")}
          {late.data && (
            <span className="muted small"> · {t("queue.count", { n: items.length })}</span>
          )}
        </h2>
        {late.isPending ? (
          <Loading />
        ) : late.isError ? (
          <ErrorBox error={late.error} onRetry={() => late.refetch()} />
        ) : items.length === 0 ? (
          <Empty>{t("late.none")}</Empty>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t("queue.code")}</th>
                  <th scope="col">{t("queue.procedure")}</th>
                  <th scope="col">{t("queue.agency")}</th>
                  <th scope="col">{t("queue.due")}</th>
                  <th scope="col">{t("late.explanationCol")}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((d) => {
                  const s = state.get(d.code);
                  const newDue = d.extendedDueAt ?? s?.explanation?.newDueAt ?? null;
                  return (
                    <tr key={d.code} className={`row-tone ${TONE_CLASS[d.timeliness.verdict]}`}>
                      <td>
                        {dossierLink(d.code)}
                        <div>
                          <DeadlineBadge t={d.timeliness} />
                        </div>
                      </td>
                      <td>{names.get(d.procedure) ?? <code>{d.procedure}</code>}</td>
                      <td>{agencyName(d.agency)}</td>
                      <td className="nowrap">
                        <strong>{formatDateTime(lang, d.dueAt)}</strong>
                        {newDue && (
                          <div className="small">
                            {t("late.newDueShort")}: <strong>{formatDateTime(lang, newDue)}</strong>
                          </div>
                        )}
                      </td>
                      <td>
                        <ExplanationBadge s={s} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <Section title={t("late.soonTitle")} id="soon">
        <p className="muted">{t("late.soonLead")}</p>
        {notes.isPending ? (
          <Loading />
        ) : notes.isError ? (
          <ErrorBox error={notes.error} onRetry={() => notes.refetch()} />
        ) : warned.size === 0 ? (
          <Empty>{t("late.soonNone")}</Empty>
        ) : (
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
      </Section>
    </Page>
  );
}
