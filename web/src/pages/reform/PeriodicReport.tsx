// The periodic reform report of a unit: the system's figures and task progress for the period,
// the text the unit edits, and the exports as DOCX (editable) and PDF.
import { useEffect, useState } from "react";
import { useMe } from "../../api/identity.ts";
import {
  type ReportDraft,
  type ReportText,
  reportPath,
  useReportDraft,
  useSaveReport,
} from "../../api/reform.ts";
import { useI18n } from "../../i18n/index.tsx";
import { Button } from "../../ui/Button.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { SelectField, TextArea, TextField } from "../../ui/Field.tsx";
import { Page } from "../../ui/Page.tsx";
import { Loading, Success } from "../../ui/Status.tsx";

/** The periods a report is made for: quarters, halves and years, this year and the last. */
function periods(): string[] {
  const y = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();
  return [y, y - 1].flatMap((x) => [
    `${x}-Q1`,
    `${x}-Q2`,
    `${x}-H1`,
    `${x}-Q3`,
    `${x}-Q4`,
    `${x}-H2`,
    `${x}`,
  ]);
}

const SECTIONS = ["results", "shortcomings", "plans", "proposals"] as const;

/** Only the editable part goes back to the server (the figures are the system's). */
const editable = (d: ReportDraft): ReportText => ({
  number: d.number,
  place: d.place,
  signer: d.signer,
  recipients: d.recipients,
  sections: d.sections,
});

export default function PeriodicReport() {
  const { t } = useI18n();
  const me = useMe().data;
  const units = [...new Map(me?.grants.map((g) => [g.agencyCode, g.agencyName]) ?? [])];
  const [agency, setAgency] = useState("");
  const [period, setPeriod] = useState(periods()[0]);
  const unit = agency || units[0]?.[0] || "";
  const q = useReportDraft(unit, period);
  return (
    <Page title={t("report.title")} lead={t("report.lead")}>
      <search className="card filters" aria-label={t("common.filters")}>
        <div className="row row-end">
          <SelectField
            label={t("reform.unit")}
            value={unit}
            onChange={(e) => setAgency(e.target.value)}
          >
            {units.map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t("report.period")}
            value={period}
            onChange={(e) => setPeriod(e.target.value)}
          >
            {periods().map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </SelectField>
        </div>
      </search>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorBox error={q.error} onRetry={() => q.refetch()} />
      ) : (
        <ReportEditor key={`${unit}|${period}`} d={q.data} />
      )}
    </Page>
  );
}

function ReportEditor({ d }: { d: ReportDraft }) {
  const { t, lang } = useI18n();
  const save = useSaveReport(d.agency, d.period);
  const [text, setText] = useState<ReportText>(editable(d));
  useEffect(() => setText(editable(d)), [d]);
  const set = (patch: Partial<ReportText>) => setText({ ...text, ...patch });
  const path = reportPath(d.agency, d.period);
  return (
    <>
      <section className="card" aria-labelledby="report-figures">
        <h2 id="report-figures" className="card-title">
          {t("report.figures", { unit: d.agencyName, period: d.periodLabel })}
        </h2>
        <table className="table">
          <thead>
            <tr>
              <th>{t("report.measure")}</th>
              <th>{t("report.count")}</th>
              <th>{t("report.ratio")}</th>
            </tr>
          </thead>
          <tbody>
            {d.figures.map((f) => (
              <tr key={f.measure}>
                <td>{f.name[lang]}</td>
                <td>
                  {f.numerator} / {f.denominator}
                </td>
                <td>{f.value === null ? "—" : `${(f.value * 100).toFixed(1)}%`}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3>{t("report.tasks")}</h3>
        <ul>
          {d.tasks.map((task) => (
            <li key={task.taskId}>
              {task.directive} {t("reform.section")} {task.ref}: {t(`reform.status.${task.status}`)}
            </li>
          ))}
        </ul>
      </section>
      <form
        className="card"
        aria-label={t("report.edit")}
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(text);
        }}
      >
        <h2 className="card-title">{t("report.edit")}</h2>
        <div className="row">
          <TextField
            label={t("report.number")}
            value={text.number}
            onChange={(e) => set({ number: e.target.value })}
            required
          />
          <TextField
            label={t("report.place")}
            value={text.place}
            onChange={(e) => set({ place: e.target.value })}
            required
          />
          <TextField
            label={t("report.position")}
            value={text.signer.position}
            onChange={(e) => set({ signer: { ...text.signer, position: e.target.value } })}
            required
          />
          <TextField
            label={t("report.signer")}
            value={text.signer.name}
            onChange={(e) => set({ signer: { ...text.signer, name: e.target.value } })}
            required
          />
        </div>
        {SECTIONS.map((s) => (
          <TextArea
            key={s}
            label={t(`report.section.${s}`)}
            value={text.sections[s]}
            rows={5}
            onChange={(e) => set({ sections: { ...text.sections, [s]: e.target.value } })}
            required
          />
        ))}
        <TextArea
          label={t("report.recipients")}
          hint={t("report.recipients.hint")}
          value={text.recipients.join("\n")}
          onChange={(e) =>
            set({
              recipients: e.target.value
                .split("\n")
                .map((r) => r.trim())
                .filter(Boolean),
            })
          }
          required
        />
        <ErrorBox error={save.error} />
        {save.isSuccess && <Success>{t("report.saved")}</Success>}
        <div className="row">
          <Button type="submit" busy={save.isPending}>
            {t("report.save")}
          </Button>
          <a className="btn btn-ghost" href={`${path}/docx`} download>
            {t("report.docx")}
          </a>
          <a className="btn btn-ghost" href={`${path}/pdf`} download>
            {t("report.pdf")}
          </a>
        </div>
      </form>
    </>
  );
}
