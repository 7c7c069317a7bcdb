// Adds a procedure or edits it as a new version: the seven parts, fees, components, result and
// legal basis, and the internal process with its quotas. Server errors show beside their fields.
import { type FormEvent, useState } from "react";
import { type Procedure, useProcedure } from "../../../api/catalog.ts";
import { useSaveProcedure } from "../../../api/catalog-edit.ts";
import { useAgencies } from "../../../api/identity.ts";
import { type Key, useI18n } from "../../../i18n/index.tsx";
import { Link } from "../../../router.tsx";
import { Button } from "../../../ui/Button.tsx";
import { ErrorBox } from "../../../ui/ErrorBox.tsx";
import { fieldError, Options, SelectField, TextArea, TextField } from "../../../ui/Field.tsx";
import { Page, Section } from "../../../ui/Page.tsx";
import { Loading, Success } from "../../../ui/Status.tsx";
import { AgencyPicker } from "./AgencyPicker.tsx";
import { type Draft, emptyDraft, sevenParts, toBody, toDraft } from "./draft.ts";
import { ComponentsEditor, FeesEditor } from "./ListEditors.tsx";
import { StepsEditor } from "./StepsEditor.tsx";

export default function ProcedureEditor({ params }: { params: Record<string, string> }) {
  const isNew = params.code === "moi";
  const { t } = useI18n();
  const q = useProcedure(isNew ? null : params.code);
  if (!isNew && q.isPending) return <Loading />;
  if (!isNew && q.isError)
    return (
      <Page title={t("proc.edit", { code: params.code })}>
        <ErrorBox error={q.error} onRetry={() => q.refetch()} />
      </Page>
    );
  return (
    <Editor
      key={`${params.code}-${q.data?.version ?? 0}`}
      initial={isNew ? emptyDraft() : toDraft(q.data as Procedure & Record<string, unknown>)}
      code={isNew ? null : params.code}
      version={q.data?.version ?? null}
    />
  );
}

const METHODS = ["counter", "online", "postal"] as const;
const APPLICANTS = ["citizen", "organisation", "overseas-vietnamese", "foreigner"] as const;
const LEVELS = ["central", "province", "department", "commune", "center", "vertical"] as const;
const UNITS = ["working-days", "working-hours", "days", "months", "same-day"] as const;

function Editor({
  initial,
  code,
  version,
}: {
  initial: Draft;
  code: string | null;
  version: number | null;
}) {
  const { t, lang } = useI18n();
  const [d, setD] = useState(initial);
  const save = useSaveProcedure(code);
  const agencies = useAgencies();
  const agencyName = (c: string) => agencies.data?.find((a) => a.code === c)?.name ?? c;
  const set = (patch: Partial<Draft>) => setD((x) => ({ ...x, ...patch }));
  const err = (f: string) => fieldError(save.error, f, lang);
  const toggle = (list: string[], v: string, on: boolean) =>
    on ? [...new Set([...list, v])] : list.filter((x) => x !== v);
  const parts = sevenParts(d);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = toBody(d);
    save.mutate(code ? body : { ...body, code: d.code.trim() });
  };
  const title = code ? t("proc.edit", { code }) : t("proc.new");
  return (
    <Page
      title={title}
      lead={code ? t("proc.editLead", { v: version ?? "—" }) : t("proc.newLead")}
      back={{ to: "/quan-tri/thu-tuc", label: t("proc.list") }}
    >
      <form className="split split-side editor" onSubmit={submit} noValidate>
        <div className="stack">
          <Section title={t("proc.part1")} id="p-name">
            {!code && (
              <TextField
                label={t("catalog.code")}
                hint={t("proc.codeHint")}
                required
                value={d.code}
                onValue={(v) => set({ code: v })}
                error={err("code")}
                spellCheck={false}
              />
            )}
            <TextField
              label={t("proc.name")}
              required
              value={d.name}
              onValue={(v) => set({ name: v })}
              error={err("name")}
            />
            <div className="row">
              <TextField
                label={t("catalog.field")}
                required
                value={d.field}
                onValue={(v) => set({ field: v })}
                error={err("field")}
              />
              <SelectField
                label={t("catalog.level")}
                value={d.level}
                onValue={(v) => set({ level: v as Draft["level"] })}
                error={err("level")}
              >
                <Options items={LEVELS} label={(l) => t(`catalog.level.${l}`)} />
              </SelectField>
            </div>
          </Section>
          <Section title={t("proc.part2")} id="p-seq">
            <TextArea
              label={t("catalog.sequence")}
              hint={t("proc.linesHint")}
              rows={5}
              value={d.sequence}
              onValue={(v) => set({ sequence: v })}
              error={err("sequence")}
            />
          </Section>
          <Section title={t("proc.part3")} id="p-method">
            <fieldset className="radio-row">
              <legend>{t("proc.methods")}</legend>
              {METHODS.map((m) => (
                <div className="check" key={m}>
                  <input
                    type="checkbox"
                    id={`m-${m}`}
                    checked={d.methods.includes(m)}
                    onChange={(e) => set({ methods: toggle(d.methods, m, e.target.checked) })}
                  />
                  <label htmlFor={`m-${m}`}>{t(`proc.method.${m}`)}</label>
                </div>
              ))}
            </fieldset>
            {err("methods") && <p className="field-error">{err("methods")}</p>}
            <div className="row">
              <SelectField
                label={t("catalog.online")}
                value={d.onlineLevel}
                onValue={(v) => set({ onlineLevel: v as Draft["onlineLevel"] })}
              >
                <option value="full">{t("catalog.online.full")}</option>
                <option value="partial">{t("catalog.online.partial")}</option>
                <option value="none">{t("catalog.online.none")}</option>
              </SelectField>
              <div className="check check-field">
                <input
                  type="checkbox"
                  id="full-online"
                  checked={d.fullOnlineEligible}
                  onChange={(e) => set({ fullOnlineEligible: e.target.checked })}
                />
                <label htmlFor="full-online">{t("proc.fullOnlineEligible")}</label>
              </div>
            </div>
          </Section>
          <Section title={t("proc.part4")} id="p-components">
            <ComponentsEditor d={d} set={set} error={save.error} />
            <TextField
              label={t("proc.sets")}
              type="number"
              min={1}
              value={d.sets}
              onValue={(v) => set({ sets: v })}
              error={err("sets")}
              className="input-narrow"
            />
          </Section>
          <Section title={t("proc.part5")} id="p-duration">
            <div className="row">
              <TextField
                label={t("proc.durationValue")}
                type="number"
                min={0}
                step={0.5}
                required={d.durationUnit !== "same-day"}
                disabled={d.durationUnit === "same-day"}
                value={d.durationValue}
                onValue={(v) => set({ durationValue: v })}
                error={err("duration.value")}
                className="input-narrow"
              />
              <SelectField
                label={t("proc.durationUnit")}
                value={d.durationUnit}
                onValue={(v) => set({ durationUnit: v as Draft["durationUnit"] })}
                error={err("duration.unit")}
              >
                <Options items={UNITS} label={(u) => t(`proc.unit.${u}`)} />
              </SelectField>
            </div>
          </Section>
          <Section title={t("proc.part6")} id="p-applicants">
            <fieldset className="radio-row">
              <legend>{t("proc.applicantTypes")}</legend>
              {APPLICANTS.map((a) => (
                <div className="check" key={a}>
                  <input
                    type="checkbox"
                    id={`a-${a}`}
                    checked={d.applicantTypes.includes(a)}
                    onChange={(e) =>
                      set({ applicantTypes: toggle(d.applicantTypes, a, e.target.checked) })
                    }
                  />
                  <label htmlFor={`a-${a}`}>{t(`proc.applicant.${a}`)}</label>
                </div>
              ))}
            </fieldset>
          </Section>
          <Section title={t("proc.part7")} id="p-agencies">
            <AgencyPicker
              value={d.agencies}
              onChange={(agencies) => set({ agencies })}
              error={err("agencies")}
            />
          </Section>
          <Section title={t("catalog.fees")} id="p-fees">
            <FeesEditor d={d} set={set} error={save.error} />
            <div className="check">
              <input
                type="checkbox"
                id="fee-pause"
                checked={d.pauseWhileFeesDue}
                onChange={(e) => set({ pauseWhileFeesDue: e.target.checked })}
              />
              <label htmlFor="fee-pause">{t("proc.pauseWhileFeesDue")}</label>
            </div>
          </Section>
          <Section title={t("proc.resultAndBasis")} id="p-result">
            <TextField
              label={t("proc.result")}
              value={d.result}
              onValue={(v) => set({ result: v })}
              error={err("result")}
            />
            <div className="check">
              <input
                type="checkbox"
                id="result-doc"
                checked={d.resultIsDocument}
                onChange={(e) => set({ resultIsDocument: e.target.checked })}
              />
              <label htmlFor="result-doc">{t("proc.resultIsDocument")}</label>
            </div>
            <TextArea
              label={t("proc.legalBasis")}
              hint={t("proc.linesHint")}
              rows={4}
              value={d.legalBasis}
              onValue={(v) => set({ legalBasis: v })}
              error={err("legalBasis")}
            />
          </Section>
          <Section title={t("proc.process")} id="p-steps">
            <p className="muted">{t("proc.processLead")}</p>
            <StepsEditor d={d} set={set} error={save.error} agencyName={agencyName} />
          </Section>
        </div>
        <div className="stack sticky-side">
          <Section title={t("proc.sevenParts")} id="p-check">
            <ul className="check-list">
              {parts.map((p) => (
                <li key={p.id} className={p.ok ? "ok" : "missing"}>
                  <span aria-hidden="true">{p.ok ? "✓" : "✗"}</span>{" "}
                  {t(`proc.seven.${p.id}` as Key)}
                  <span className="sr-only">: {p.ok ? t("proc.present") : t("proc.missing")}</span>
                </li>
              ))}
            </ul>
            <TextField
              label={t("proc.note")}
              hint={t("proc.noteHint")}
              value={d.note}
              onValue={(v) => set({ note: v })}
              error={err("note")}
            />
            {save.isError && <ErrorBox error={save.error} title={t("proc.refused")} />}
            {save.isSuccess && (
              <Success>
                {t("proc.saved", { v: save.data.version })}{" "}
                {!code && (
                  <Link to={`/quan-tri/thu-tuc/${encodeURIComponent(save.data.code)}`}>
                    {t("proc.openSaved", { code: save.data.code })}
                  </Link>
                )}
              </Success>
            )}
            <Button type="submit" busy={save.isPending}>
              {code ? t("proc.saveVersion") : t("proc.create")}
            </Button>
          </Section>
        </div>
      </form>
    </Page>
  );
}
