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
import { Button } from "../../ui/Button.tsx";
import { todayVn } from "../../ui/dates.ts";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { DateField, fieldError, SelectField, TextArea, TextField } from "../../ui/Field.tsx";
import { Page, Section } from "../../ui/Page.tsx";
import { Loading, Success } from "../../ui/Status.tsx";
import { PlainTable } from "../../ui/Table.tsx";

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
  const [threshold, setThreshold] = useState(String(r.current?.threshold ?? ""));
  const [unit, setUnit] = useState<WatchUnit>(r.current?.unit ?? "working-days");
  const [effectiveFrom, setEffectiveFrom] = useState(todayVn());
  const [basis, setBasis] = useState("");
  const [reason, setReason] = useState("");
  const [ok, setOk] = useState(false);
  const err = (f: string) => fieldError(save.error, f, lang) ?? undefined;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setOk(false);
    save.mutate(
      { threshold: Number(threshold), unit, effectiveFrom, basis, reason },
      { onSuccess: () => setOk(true) },
    );
  };
  return (
    <form className="form" onSubmit={submit} aria-label={t("rules.change", { name: r.name[lang] })}>
      <h3>{t("rules.changeTitle")}</h3>
      <div className="row">
        <TextField
          label={t("rules.threshold")}
          type="number"
          min={1}
          max={365}
          required
          value={threshold}
          onValue={setThreshold}
          error={err("threshold")}
        />
        <SelectField label={t("rules.unit")} value={unit} onValue={(v) => setUnit(v as WatchUnit)}>
          <option value="working-days">{t("rules.unit.days")}</option>
          <option value="working-hours">{t("rules.unit.hours")}</option>
        </SelectField>
        <DateField
          label={t("rules.effectiveFrom")}
          required
          value={effectiveFrom}
          onValue={setEffectiveFrom}
          error={err("effectiveFrom")}
        />
      </div>
      <TextArea
        label={t("rules.basis")}
        hint={t("rules.basisHint")}
        rows={2}
        required
        minLength={10}
        value={basis}
        onValue={setBasis}
        error={err("basis")}
      />
      <TextArea
        label={t("rules.reason")}
        rows={2}
        required
        minLength={5}
        value={reason}
        onValue={setReason}
        error={err("reason")}
      />
      {save.isError && <ErrorBox error={save.error} />}
      {ok && <Success>{t("rules.saved")}</Success>}
      <Button type="submit" busy={save.isPending}>
        {t("rules.save")}
      </Button>
    </form>
  );
}
