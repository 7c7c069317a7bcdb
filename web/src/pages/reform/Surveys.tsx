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
import { DateField, SelectField, TextField } from "../../ui/Field.tsx";
import { Page } from "../../ui/Page.tsx";
import { Empty, Loading, Success } from "../../ui/Status.tsx";

const thisYear = () => new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();
const pct = (v: number | null) => (v === null ? "—" : `${(v * 100).toFixed(1)}%`);

export default function Surveys() {
  const { t } = useI18n();
  const me = useMe().data;
  const manager = !!me?.grants.some((g) => g.role === "home_affairs");
  const [year, setYear] = useState(thisYear());
  const q = useSurveys(year);
  return (
    <Page title={t("survey.title")} lead={t("survey.lead")}>
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
      {manager && <CreateForm year={year} />}
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorBox error={q.error} onRetry={() => q.refetch()} />
      ) : q.data.surveys.length === 0 ? (
        <Empty>{t("survey.none")}</Empty>
      ) : (
        q.data.surveys.map((s) => <SurveyCard key={s.id} s={s} manager={manager} />)
      )}
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
      <TextField
        label={t("survey.name")}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        required
      />
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
          onChange={(e) => setSample(e.target.value)}
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
      {m.isError && <ErrorBox error={m.error} />}
      {m.isSuccess && <Success>{t("survey.created")}</Success>}
      <Button type="submit" busy={m.isPending}>
        {t("survey.create")}
      </Button>
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
          <table className="table">
            <thead>
              <tr>
                <th>{t("reform.unit")}</th>
                <th>{t("survey.invitedCol")}</th>
                <th>{t("survey.answered")}</th>
                <th>{t("survey.responseRate")}</th>
                <th>{t("survey.satisfied")}</th>
                {r.data.questions.map((q) => (
                  <th key={q.id}>{q.text[lang]}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {r.data.units.map((u) => (
                <tr key={u.unit}>
                  <td>{names.get(u.unit) ?? u.unit}</td>
                  <td>{u.invited}</td>
                  <td>{u.answered}</td>
                  <td>{pct(u.responseRate)}</td>
                  <td>{pct(u.satisfiedShare)}</td>
                  {u.questions.map((q) => (
                    <td key={q.id}>
                      {q.mean === null ? "—" : `${q.mean} · ${pct(q.satisfiedShare)}`}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
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
    <section className="card" aria-labelledby="external">
      <h2 id="external" className="card-title">
        {t("survey.external", { year })}
      </h2>
      <table className="table">
        <thead>
          <tr>
            <th>{t("survey.external.index")}</th>
            <th>{t("survey.external.score")}</th>
            <th>{t("survey.external.rank")}</th>
            <th>{t("survey.external.source")}</th>
          </tr>
        </thead>
        <tbody>
          {(q.data?.indices ?? []).map((i) => (
            <tr key={i.index}>
              <td>{INDEX_NAMES[i.index]}</td>
              <td>
                {i.score}
                {i.maxScore === null ? "" : ` / ${i.maxScore}`}
              </td>
              <td>{i.rank === null ? "—" : `${i.rank}${i.ofCount ? ` / ${i.ofCount}` : ""}`}</td>
              <td>{i.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
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
                onChange={(e) => setDraft({ ...draft, [i]: { ...row(i), score: e.target.value } })}
              />
              <TextField
                type="number"
                label={`${t("survey.external.rank")} ${INDEX_NAMES[i]}`}
                value={row(i).rank}
                onChange={(e) => setDraft({ ...draft, [i]: { ...row(i), rank: e.target.value } })}
              />
              <TextField
                label={`${t("survey.external.source")} ${INDEX_NAMES[i]}`}
                value={row(i).source}
                onChange={(e) => setDraft({ ...draft, [i]: { ...row(i), source: e.target.value } })}
              />
            </div>
          ))}
          {save.isError && <ErrorBox error={save.error} />}
          {save.isSuccess && <Success>{t("survey.external.saved")}</Success>}
          <Button type="submit" busy={save.isPending}>
            {t("survey.external.save")}
          </Button>
        </form>
      )}
    </section>
  );
}
