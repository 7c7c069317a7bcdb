// The counter's warning lines: for each, the value in force with its basis, the history of
// versions (who changed it, why, from when), and a form to change it from an effective date.
import { type FormEvent, useState } from "react";
import {
  useChangeWatchRule,
  useWatchRules,
  type WatchRuleView,
  type WatchUnit,
} from "../../api/watch-rules.ts";
import { formatDate, formatDateTime, useI18n } from "../../i18n/index.tsx";
import { todayVn } from "../../ui/dates.ts";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { DateField, SelectField, TextArea, TextField } from "../../ui/Field.tsx";
import { Page, Section } from "../../ui/Page.tsx";
import { Loading } from "../../ui/Status.tsx";
import { SubmitBar } from "../../ui/Submit.tsx";
import { PlainTable } from "../../ui/Table.tsx";
import { useFields } from "../../ui/useFields.ts";

export default function WatchRules() {
  const { t } = useI18n();
  const q = useWatchRules();
  return (
    <Page title={t("rules.title")} lead={t("rules.lead")}>
      {q.isPending && <Loading />}
      {q.isError && <ErrorBox error={q.error} onRetry={() => q.refetch()} />}
      {q.data?.rules.map((r) => (
        <RuleSection key={r.rule} r={r} />
      ))}
    </Page>
  );
}

function RuleSection({ r }: { r: WatchRuleView }) {
  const { t, lang } = useI18n();
  const value = (v: { threshold: number; unit: WatchUnit }) =>
    t(v.unit === "working-days" ? "rules.days" : "rules.hours", { n: v.threshold });
  return (
    <Section title={r.name[lang]} id={`rule-${r.rule}`}>
      {r.current ? (
        <p>
          <strong>{t("rules.current")}:</strong> {value(r.current)} —{" "}
          {t("rules.since", { date: formatDate(lang, r.current.effectiveFrom) })}
          <br />
          <span className="muted">{r.current.basis}</span>
        </p>
      ) : (
        <p className="alert alert-warn">{t("rules.noneInForce")}</p>
      )}
      <PlainTable
        caption={t("rules.history")}
        rows={r.history}
        rowKey={(v) => v.effectiveFrom}
        columns={[
          { header: t("rules.effectiveFrom"), cell: (v) => formatDate(lang, v.effectiveFrom) },
          { header: t("rules.value"), cell: value },
          { header: t("rules.basis"), cell: (v) => v.basis },
          { header: t("rules.reason"), cell: (v) => v.reason ?? "—" },
          {
            header: t("rules.changedBy"),
            cell: (v) =>
              v.changedBy
                ? `${v.changedBy}, ${formatDateTime(lang, v.changedAt)}`
                : t("rules.initial"),
          },
        ]}
      />
      <ChangeForm r={r} />
    </Section>
  );
}

function ChangeForm({ r }: { r: WatchRuleView }) {
  const { t, lang } = useI18n();
  const save = useChangeWatchRule(r.rule);
  const [unit, setUnit] = useState<WatchUnit>(r.current?.unit ?? "working-days");
  const { v, bind } = useFields(
    {
      threshold: String(r.current?.threshold ?? ""),
      effectiveFrom: todayVn(),
      basis: "",
      reason: "",
    },
    save.error,
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ ...v, threshold: Number(v.threshold), unit });
  };
  return (
    <form className="form" onSubmit={submit} aria-label={t("rules.change", { name: r.name[lang] })}>
      <h3>{t("rules.changeTitle")}</h3>
      <div className="row">
        <TextField
          {...bind("threshold")}
          label={t("rules.threshold")}
          type="number"
          min={1}
          max={365}
          required
        />
        <SelectField label={t("rules.unit")} value={unit} onValue={(u) => setUnit(u as WatchUnit)}>
          <option value="working-days">{t("rules.unit.days")}</option>
          <option value="working-hours">{t("rules.unit.hours")}</option>
        </SelectField>
        <DateField label={t("rules.effectiveFrom")} required {...bind("effectiveFrom")} />
      </div>
      {(["basis", "reason"] as const).map((k) => (
        <TextArea
          key={k}
          {...bind(k)}
          label={t(`rules.${k}`)}
          hint={k === "basis" ? t("rules.basisHint") : undefined}
          rows={2}
          required
          minLength={k === "basis" ? 10 : 5}
        />
      ))}
      <SubmitBar m={save} done={t("rules.saved")}>
        {t("rules.save")}
      </SubmitBar>
    </form>
  );
}
