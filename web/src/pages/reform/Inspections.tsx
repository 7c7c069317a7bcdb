// Inspections of reform work (kiểm tra CCHC): the targets the system proposes, the year's plan,
// and each inspection with its findings, conclusion and remediation items (open, closed, overdue).
import { useState } from "react";
import { useMe } from "../../api/identity.ts";
import { type Inspection, useInspections, useProposals } from "../../api/inspections.ts";
import { formatDate, type Key, useI18n, useT } from "../../i18n/index.tsx";
import { Filters, thisYear, YearField } from "../../ui/Filters.tsx";
import { pct } from "../../ui/format.ts";
import { Card, Page } from "../../ui/Page.tsx";
import { QueryState } from "../../ui/QueryState.tsx";
import { PlainTable } from "../../ui/Table.tsx";
import { ConclusionForm, FindingsForm, PlanForm } from "./InspectionForms.tsx";
import { ReportForm } from "./ReportForm.tsx";

const MANAGERS = new Set(["home_affairs", "inspector"]);
const REPORTERS = new Set(["head", "leader"]);
const STATE_BADGE = { open: "badge-warn", closed: "badge-ok", overdue: "badge-late" } as const;

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
      <Filters single>
        <YearField value={year} onValue={setYear} />
      </Filters>
      {manager && proposals.data && (
        <Card
          headingId="proposals"
          title={t("inspect.proposals", { year: proposals.data.basisYear })}
        >
          <PlainTable
            rows={proposals.data.proposals.filter((p) => p.reasons.length)}
            rowKey={(p) => p.agency}
            columns={[
              { header: t("reform.unit"), cell: (p) => p.name },
              { header: t("inspect.reformIndex"), cell: (p) => p.reformIndex ?? "—" },
              { header: t("inspect.onTime"), cell: (p) => pct(p.onTimeRate) },
              { header: t("inspect.late"), cell: (p) => p.lateDossiers },
              { header: t("inspect.complaints"), cell: (p) => p.complaints },
              {
                header: t("inspect.reasons"),
                cell: (p) => p.reasons.map((r) => t(`inspect.reason.${r}` as Key)).join("; "),
              },
            ]}
          />
          <PlanForm year={year} units={proposals.data.proposals} inspector={me?.grants ?? []} />
        </Card>
      )}
      <QueryState query={q} empty={t("inspect.none")} isEmpty={(d) => d.inspections.length === 0}>
        {(d) =>
          d.inspections.map((i) => (
            <InspectionCard key={i.id} i={i} manager={manager} mine={mine} />
          ))
        }
      </QueryState>
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
        <PlainTable
          label={t("inspect.items")}
          rows={i.items}
          rowKey={(it) => `${it.taskId}-${it.owner}`}
          rowClass={(it) => (it.state === "overdue" ? "row-late" : undefined)}
          columns={[
            { header: t("reform.section"), cell: (it) => it.ref },
            { header: t("inspect.item"), cell: (it) => it.text },
            { header: t("inspect.owner"), cell: (it) => it.ownerName },
            { header: t("reform.deadline"), cell: (it) => formatDate(lang, it.deadline) },
            { header: t("reform.status"), cell: (it) => <ItemState it={it} /> },
            {
              header: t("reform.evidence"),
              testId: "item-evidence",
              cell: (it) => <ItemEvidence it={it} />,
            },
          ]}
        />
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

type Item = Inspection["items"][number];

function ItemState({ it }: { it: Item }) {
  const { t, lang } = useI18n();
  return (
    <>
      <span className={`badge ${STATE_BADGE[it.state]}`} data-testid="item-state">
        {t(`inspect.state.${it.state}`)}
      </span>
      {it.closedOn ? ` ${formatDate(lang, it.closedOn)}` : ""}
      {it.closedLate ? ` (${t("inspect.closedLate")})` : ""}
    </>
  );
}

function ItemEvidence({ it }: { it: Item }) {
  const t = useT();
  if (!it.evidence.length) return <>{it.lastReport ?? "—"}</>;
  return (
    <>
      {t("inspect.evidenceCount", { n: it.evidence.length })}:{" "}
      {it.evidence.map((sha, k) => (
        <a key={sha} href={`/api/reform/files/${sha}`} target="_blank" rel="noopener">
          {t("inspect.evidenceFile", { n: k + 1 })}{" "}
        </a>
      ))}
    </>
  );
}
