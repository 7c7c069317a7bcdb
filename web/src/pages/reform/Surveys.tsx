// Satisfaction surveys (khảo sát sự hài lòng) for Home Affairs: create a survey for a period and
// units with the default questionnaire, send the invitations, read the results per unit (response
// rate, share satisfied, mean per question); and the province's external indices of the year.
import { useState } from "react";
import { useAgencies, useMe } from "../../api/identity.ts";
import {
  type ExternalIndex,
  type SurveySummary,
  useCreateSurvey,
  useExternal,
  useInvite,
  useSaveExternal,
  useSurveyResults,
  useSurveys,
} from "../../api/surveys.ts";
import { formatDate, useI18n } from "../../i18n/index.tsx";
import { Button } from "../../ui/Button.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { DateField, TextField } from "../../ui/Field.tsx";
import { Filters, thisYear, YearField } from "../../ui/Filters.tsx";
import { pct } from "../../ui/format.ts";
import { Card, Page } from "../../ui/Page.tsx";
import { QueryState } from "../../ui/QueryState.tsx";
import { Loading, Success } from "../../ui/Status.tsx";
import { SubmitBar } from "../../ui/Submit.tsx";
import { PlainTable } from "../../ui/Table.tsx";

export default function Surveys() {
  const { t } = useI18n();
  const me = useMe().data;
  const manager = !!me?.grants.some((g) => g.role === "home_affairs");
  const [year, setYear] = useState(thisYear());
  const q = useSurveys(year);
  return (
    <Page title={t("survey.title")} lead={t("survey.lead")}>
      <Filters single>
        <YearField value={year} onValue={setYear} />
      </Filters>
      {manager && <CreateForm year={year} />}
      <QueryState query={q} empty={t("survey.none")} isEmpty={(d) => d.surveys.length === 0}>
        {(d) => d.surveys.map((s) => <SurveyCard key={s.id} s={s} manager={manager} />)}
      </QueryState>
      <External year={year - 1} manager={manager} />
    </Page>
  );
}

function CreateForm({ year }: { year: number }) {
  const { t } = useI18n();
  const agencies = useAgencies().data ?? [];
  const units = agencies.filter((a) => a.level === "department" || a.level === "commune");
  const m = useCreateSurvey();
  const [title, setTitle] = useState("");
  const [periodFrom, setFrom] = useState("");
  const [periodTo, setTo] = useState("");
  const [closesOn, setCloses] = useState("");
  const [sample, setSample] = useState("50");
  const [chosen, setChosen] = useState<string[]>([]);
  return (
    <form
      className="card"
      aria-label={t("survey.create")}
      onSubmit={(e) => {
        e.preventDefault();
        m.mutate({
          year,
          title,
          periodFrom,
          periodTo,
          closesOn,
          samplePerUnit: Number(sample),
          units: chosen,
        });
      }}
    >
      <h2 className="card-title">{t("survey.create")}</h2>
      <TextField label={t("survey.name")} value={title} onValue={setTitle} required />
      <div className="row">
        <DateField
          label={t("survey.periodFrom")}
          value={periodFrom}
          onValue={(v) => setFrom(v)}
          required
        />
        <DateField
          label={t("survey.periodTo")}
          value={periodTo}
          onValue={(v) => setTo(v)}
          required
        />
        <DateField
          label={t("survey.closesOn")}
          value={closesOn}
          onValue={(v) => setCloses(v)}
          required
        />
        <TextField
          type="number"
          min={1}
          label={t("survey.sample")}
          value={sample}
          onValue={setSample}
          required
        />
      </div>
      <fieldset>
        <legend>{t("survey.units")}</legend>
        {units.map((u) => (
          <span className="check" key={u.code}>
            <input
              type="checkbox"
              id={`unit-${u.code}`}
              checked={chosen.includes(u.code)}
              onChange={(e) =>
                setChosen(
                  e.target.checked ? [...chosen, u.code] : chosen.filter((c) => c !== u.code),
                )
              }
            />
            <label htmlFor={`unit-${u.code}`}>{u.name}</label>
          </span>
        ))}
      </fieldset>
      <SubmitBar m={m} done={t("survey.created")}>
        {t("survey.create")}
      </SubmitBar>
    </form>
  );
}

function SurveyCard({ s, manager }: { s: SurveySummary; manager: boolean }) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  const invite = useInvite();
  const r = useSurveyResults(open ? s.id : null);
  const names = new Map((useAgencies().data ?? []).map((a) => [a.code, a.name]));
  const sent = invite.data ? Object.values(invite.data.invited).reduce((a, b) => a + b, 0) : 0;
  return (
    <section className="card" aria-label={s.title}>
      <h2 className="card-title">{s.title}</h2>
      <p>
        {formatDate(lang, s.periodFrom)} – {formatDate(lang, s.periodTo)} · {t("survey.closesOn")}:{" "}
        {formatDate(lang, s.closesOn)}
      </p>
      <div className="row">
        {manager && (
          <Button busy={invite.isPending} onClick={() => invite.mutate(s.id)}>
            {t("survey.invite")}
          </Button>
        )}
        <Button variant="secondary" onClick={() => setOpen(!open)}>
          {t("survey.results")}
        </Button>
      </div>
      {invite.isError && <ErrorBox error={invite.error} />}
      {invite.isSuccess && <Success>{t("survey.invited", { n: sent })}</Success>}
      {open &&
        (r.isPending ? (
          <Loading />
        ) : r.isError ? (
          <ErrorBox error={r.error} />
        ) : (
          <PlainTable
            rows={r.data.units}
            rowKey={(u) => u.unit}
            columns={[
              { header: t("reform.unit"), cell: (u) => names.get(u.unit) ?? u.unit },
              { header: t("survey.invitedCol"), cell: (u) => u.invited },
              { header: t("survey.answered"), cell: (u) => u.answered },
              { header: t("survey.responseRate"), cell: (u) => pct(u.responseRate) },
              { header: t("survey.satisfied"), cell: (u) => pct(u.satisfiedShare) },
              ...r.data.questions.map((q, k) => ({
                header: q.text[lang],
                cell: (u: (typeof r.data.units)[number]) => {
                  const a = u.questions[k];
                  return !a || a.mean === null ? "—" : `${a.mean} · ${pct(a.satisfiedShare)}`;
                },
              })),
            ]}
          />
        ))}
    </section>
  );
}

const INDICES: ExternalIndex["index"][] = ["PAR_INDEX", "SIPAS", "PAPI", "DTI"];
const INDEX_NAMES: Record<ExternalIndex["index"], string> = {
  PAR_INDEX: "PAR Index",
  SIPAS: "SIPAS",
  PAPI: "PAPI",
  DTI: "DTI",
};

/** The external indices are published the year after; the page shows last year's by default. */
function External({ year, manager }: { year: number; manager: boolean }) {
  const { t } = useI18n();
  const q = useExternal(year);
  const save = useSaveExternal(year);
  const [draft, setDraft] = useState<
    Record<string, { score: string; rank: string; source: string }>
  >({});
  const row = (i: string) => draft[i] ?? { score: "", rank: "", source: "" };
  return (
    <Card headingId="external" title={t("survey.external", { year })}>
      <PlainTable
        rows={q.data?.indices ?? []}
        rowKey={(i) => i.index}
        columns={[
          { header: t("survey.external.index"), cell: (i) => INDEX_NAMES[i.index] },
          {
            header: t("survey.external.score"),
            cell: (i) => `${i.score}${i.maxScore === null ? "" : ` / ${i.maxScore}`}`,
          },
          {
            header: t("survey.external.rank"),
            cell: (i) => (i.rank === null ? "—" : `${i.rank}${i.ofCount ? ` / ${i.ofCount}` : ""}`),
          },
          { header: t("survey.external.source"), cell: (i) => i.source },
        ]}
      />
      {manager && (
        <form
          aria-label={t("survey.external.save")}
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate(
              INDICES.filter((i) => row(i).score !== "").map((i) => ({
                index: i,
                score: Number(row(i).score),
                rank: row(i).rank ? Number(row(i).rank) : null,
                source: row(i).source,
              })),
            );
          }}
        >
          {INDICES.map((i) => (
            <div className="row" key={i}>
              <TextField
                type="number"
                step="0.01"
                label={`${t("survey.external.score")} ${INDEX_NAMES[i]}`}
                value={row(i).score}
                onValue={(v) => setDraft({ ...draft, [i]: { ...row(i), score: v } })}
              />
              <TextField
                type="number"
                label={`${t("survey.external.rank")} ${INDEX_NAMES[i]}`}
                value={row(i).rank}
                onValue={(v) => setDraft({ ...draft, [i]: { ...row(i), rank: v } })}
              />
              <TextField
                label={`${t("survey.external.source")} ${INDEX_NAMES[i]}`}
                value={row(i).source}
                onValue={(v) => setDraft({ ...draft, [i]: { ...row(i), source: v } })}
              />
            </div>
          ))}
          <SubmitBar m={save} done={t("survey.external.saved")}>
            {t("survey.external.save")}
          </SubmitBar>
        </form>
      )}
    </Card>
  );
}
