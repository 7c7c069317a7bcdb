// Inspections of reform work (kiểm tra CCHC): the targets the system proposes, the year's plan,
// and each inspection with its findings, conclusion and remediation items (open, closed, overdue).
import { useState } from "react";
import { useMe } from "../../api/identity.ts";
import { type Inspection, useInspections, useProposals } from "../../api/inspections.ts";
import { formatDate, type Key, useI18n } from "../../i18n/index.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { SelectField } from "../../ui/Field.tsx";
import { Page } from "../../ui/Page.tsx";
import { Empty, Loading } from "../../ui/Status.tsx";
import { ConclusionForm, FindingsForm, PlanForm } from "./InspectionForms.tsx";
import { ReportForm } from "./ReportForm.tsx";

const MANAGERS = new Set(["home_affairs", "inspector"]);
const REPORTERS = new Set(["head", "leader"]);
const STATE_BADGE = { open: "badge-warn", closed: "badge-ok", overdue: "badge-late" } as const;
const thisYear = () => new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();

export default function Inspections() {
  const { t } = useI18n();
  const me = useMe().data;
  const manager = !!me?.grants.some((g) => MANAGERS.has(g.role));
  const mine = me?.grants.filter((g) => REPORTERS.has(g.role)).map((g) => g.agencyCode) ?? [];
  const [year, setYear] = useState(thisYear());
  const q = useInspections(year);
  const proposals = useProposals(year, manager);
  return (
    <Page title={t("inspect.title")} lead={t("inspect.lead")}>
      <search className="card filters" aria-label={t("common.filters")}>
        <SelectField
          label={t("reform.year")}
          value={year}
          onChange={(e) => setYear(Number(e.target.value))}
        >
          {[thisYear() + 1, thisYear(), thisYear() - 1].map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
      </search>
      {manager && proposals.data && (
        <section className="card" aria-labelledby="proposals">
          <h2 id="proposals" className="card-title">
            {t("inspect.proposals", { year: proposals.data.basisYear })}
          </h2>
          <table className="table">
            <thead>
              <tr>
                <th>{t("reform.unit")}</th>
                <th>{t("inspect.reformIndex")}</th>
                <th>{t("inspect.onTime")}</th>
                <th>{t("inspect.late")}</th>
                <th>{t("inspect.complaints")}</th>
                <th>{t("inspect.reasons")}</th>
              </tr>
            </thead>
            <tbody>
              {proposals.data.proposals
                .filter((p) => p.reasons.length)
                .map((p) => (
                  <tr key={p.agency}>
                    <td>{p.name}</td>
                    <td>{p.reformIndex ?? "—"}</td>
                    <td>{p.onTimeRate === null ? "—" : `${(p.onTimeRate * 100).toFixed(1)}%`}</td>
                    <td>{p.lateDossiers}</td>
                    <td>{p.complaints}</td>
                    <td>{p.reasons.map((r) => t(`inspect.reason.${r}` as Key)).join("; ")}</td>
                  </tr>
                ))}
            </tbody>
          </table>
          <PlanForm year={year} units={proposals.data.proposals} inspector={me?.grants ?? []} />
        </section>
      )}
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorBox error={q.error} onRetry={() => q.refetch()} />
      ) : q.data.inspections.length === 0 ? (
        <Empty>{t("inspect.none")}</Empty>
      ) : (
        q.data.inspections.map((i) => (
          <InspectionCard key={i.id} i={i} manager={manager} mine={mine} />
        ))
      )}
    </Page>
  );
}

function InspectionCard({ i, manager, mine }: { i: Inspection; manager: boolean; mine: string[] }) {
  const { t, lang } = useI18n();
  const toRemedy = i.items.filter((it) => it.state !== "closed" && mine.includes(it.owner));
  return (
    <section className="card" aria-labelledby={`insp-${i.id}`}>
      <h2 id={`insp-${i.id}`} className="card-title">
        {t("inspect.of", { unit: i.targetName })} — {t(`inspect.kind.${i.kind}`)}
      </h2>
      <p>
        <span className="badge">{t(`inspect.stage.${i.stage}`)}</span> {t("inspect.plannedOn")}:{" "}
        {formatDate(lang, i.plannedOn)}
        {i.carriedOn ? ` · ${t("inspect.carriedOn")}: ${formatDate(lang, i.carriedOn)}` : ""}
        {` · ${t("inspect.inspector")}: ${i.inspectorName}`}
      </p>
      <p className="muted">
        {t("inspect.team")}: {i.team.join("; ")}
      </p>
      <p className="pre-line">{i.scope}</p>
      {i.findings.length > 0 && (
        <>
          <h3>{t("inspect.findings")}</h3>
          <ul>
            {i.findings.map((f) => (
              <li key={`${f.area}-${f.text}`}>
                <strong>{f.area}:</strong> {f.text}
              </li>
            ))}
          </ul>
        </>
      )}
      {i.conclusion && (
        <>
          <h3>
            {t("inspect.conclusion")} {i.conclusionNumber}
          </h3>
          <p className="pre-line">{i.conclusion}</p>
        </>
      )}
      {i.counts.overdue > 0 && (
        <p className="alert alert-warn" role="alert" data-testid="overdue-items">
          {t("inspect.overdueItems", { n: i.counts.overdue })}
        </p>
      )}
      {i.items.length > 0 && (
        <table className="table" aria-label={t("inspect.items")}>
          <thead>
            <tr>
              <th>{t("reform.section")}</th>
              <th>{t("inspect.item")}</th>
              <th>{t("inspect.owner")}</th>
              <th>{t("reform.deadline")}</th>
              <th>{t("reform.status")}</th>
              <th>{t("reform.evidence")}</th>
            </tr>
          </thead>
          <tbody>
            {i.items.map((it) => (
              <tr
                key={`${it.taskId}-${it.owner}`}
                className={it.state === "overdue" ? "row-late" : undefined}
              >
                <td>{it.ref}</td>
                <td>{it.text}</td>
                <td>{it.ownerName}</td>
                <td>{formatDate(lang, it.deadline)}</td>
                <td>
                  <span className={`badge ${STATE_BADGE[it.state]}`} data-testid="item-state">
                    {t(`inspect.state.${it.state}`)}
                  </span>
                  {it.closedOn ? ` ${formatDate(lang, it.closedOn)}` : ""}
                  {it.closedLate ? ` (${t("inspect.closedLate")})` : ""}
                </td>
                <td data-testid="item-evidence">
                  {it.evidence.length ? (
                    <>
                      {t("inspect.evidenceCount", { n: it.evidence.length })}:{" "}
                      {it.evidence.map((sha, k) => (
                        <a
                          key={sha}
                          href={`/api/reform/files/${sha}`}
                          target="_blank"
                          rel="noopener"
                        >
                          {t("inspect.evidenceFile", { n: k + 1 })}{" "}
                        </a>
                      ))}
                    </>
                  ) : (
                    (it.lastReport ?? "—")
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {toRemedy.map((it) => (
        <ReportForm
          key={`${it.taskId}-${it.owner}`}
          taskId={it.taskId}
          taskRef={`${i.conclusionNumber ?? ""} §${it.ref}`}
          agency={it.owner}
          agencyName={it.ownerName}
          closing
        />
      ))}
      {manager && i.stage !== "concluded" && <FindingsForm id={i.id} />}
      {manager && i.stage === "carried_out" && <ConclusionForm id={i.id} />}
    </section>
  );
}
