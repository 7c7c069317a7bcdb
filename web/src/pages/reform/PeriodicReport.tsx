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
import { TextArea, TextField } from "../../ui/Field.tsx";
import { Filters, PickField, thisYear } from "../../ui/Filters.tsx";
import { pct } from "../../ui/format.ts";
import { Card, Page } from "../../ui/Page.tsx";
import { QueryState } from "../../ui/QueryState.tsx";
import { Success } from "../../ui/Status.tsx";
import { PlainTable } from "../../ui/Table.tsx";

/** The periods a report is made for: quarters, halves and years, this year and the last. */
function periods(): string[] {
  const y = thisYear();
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
      <Filters>
        <PickField
          label={t("reform.unit")}
          value={unit}
          onValue={setAgency}
          items={units}
          keyOf={([code]) => code}
          labelOf={([, name]) => name}
        />
        <PickField
          label={t("report.period")}
          value={period}
          onValue={setPeriod}
          items={periods()}
          keyOf={(p) => p}
          labelOf={(p) => p}
        />
      </Filters>
      <QueryState query={q} isEmpty={() => false}>
        {(d) => <ReportEditor key={`${unit}|${period}`} d={d} />}
      </QueryState>
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
      <Card
        headingId="report-figures"
        title={t("report.figures", { unit: d.agencyName, period: d.periodLabel })}
      >
        <PlainTable
          rows={d.figures}
          rowKey={(f) => f.measure}
          columns={[
            { header: t("report.measure"), cell: (f) => f.name[lang] },
            { header: t("report.count"), cell: (f) => `${f.numerator} / ${f.denominator}` },
            { header: t("report.ratio"), cell: (f) => pct(f.value) },
          ]}
        />
        <h3>{t("report.tasks")}</h3>
        <ul>
          {d.tasks.map((task) => (
            <li key={task.taskId}>
              {task.directive} {t("reform.section")} {task.ref}: {t(`reform.status.${task.status}`)}
            </li>
          ))}
        </ul>
      </Card>
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
            onValue={(v) => set({ number: v })}
            required
          />
          <TextField
            label={t("report.place")}
            value={text.place}
            onValue={(v) => set({ place: v })}
            required
          />
          <TextField
            label={t("report.position")}
            value={text.signer.position}
            onValue={(v) => set({ signer: { ...text.signer, position: v } })}
            required
          />
          <TextField
            label={t("report.signer")}
            value={text.signer.name}
            onValue={(v) => set({ signer: { ...text.signer, name: v } })}
            required
          />
        </div>
        {SECTIONS.map((s) => (
          <TextArea
            key={s}
            label={t(`report.section.${s}`)}
            value={text.sections[s]}
            rows={5}
            onValue={(v) => set({ sections: { ...text.sections, [s]: v } })}
            required
          />
        ))}
        <TextArea
          label={t("report.recipients")}
          hint={t("report.recipients.hint")}
          value={text.recipients.join("\n")}
          onValue={(v) =>
            set({
              recipients: v
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
