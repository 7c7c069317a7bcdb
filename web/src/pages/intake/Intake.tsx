// Counter intake (Decree 118/2025/NĐ-CP Art. 15): choose the procedure, record the applicant,
// check the components, then receive (Form 01), ask to complete (Form 02) or refuse (Form 03).
import { type FormEvent, useState } from "react";
import { type ProcedureSummary, useProcedure } from "../../api/catalog.ts";
import { type ActionResult, type IntakeInput, useIntake } from "../../api/dossiers.ts";
import { useAgencies } from "../../api/identity.ts";
import { useI18n } from "../../i18n/index.tsx";
import { Button } from "../../ui/Button.tsx";
import { EForm, type FormValues, type Schema, toFormData } from "../../ui/EForm.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { fieldError, TextArea } from "../../ui/Field.tsx";
import { PickField } from "../../ui/Filters.tsx";
import { Page, Section } from "../../ui/Page.tsx";
import { Loading } from "../../ui/Status.tsx";
import { ComponentUploads, type FilesByComponent } from "../files/ComponentUploads.tsx";
import {
  ApplicantFields,
  type ApplicantState,
  EMPTY_APPLICANT,
  FROM_APPLICANT,
  toApplicant,
  withApplicant,
} from "./ApplicantFields.tsx";
import { type Check, ComponentChecklist, missingOf } from "./ComponentChecklist.tsx";
import { IntakeAssignee } from "./IntakeAssignee.tsx";
import { IntakeDone } from "./IntakeDone.tsx";
import { ProcedurePicker } from "./ProcedurePicker.tsx";

type Decision = "receive" | "request-completion" | "refuse-intake";

export default function Intake() {
  const { t } = useI18n();
  const [picked, setPicked] = useState<ProcedureSummary | null>(null);
  const [done, setDone] = useState<{
    r: ActionResult & { secret: string };
    decision: Decision;
  } | null>(null);
  const [round, setRound] = useState(0);
  const reset = () => {
    setPicked(null);
    setDone(null);
    setRound((n) => n + 1);
  };
  if (done) return <IntakeDone result={done.r} decision={done.decision} onNext={reset} />;
  return (
    <Page title={t("intake.title")} lead={t("intake.lead")}>
      <Section title={t("intake.step1")} id="step1">
        {picked ? (
          <div className="picked">
            <div>
              <strong>{picked.name}</strong> <code>{picked.code}</code>
            </div>
            <Button small variant="ghost" onClick={() => setPicked(null)}>
              {t("intake.change")}
            </Button>
          </div>
        ) : (
          <ProcedurePicker onPick={setPicked} />
        )}
      </Section>
      {picked && (
        <IntakeForm
          key={`${picked.code}-${round}`}
          code={picked.code}
          onDone={(r, decision) => setDone({ r, decision })}
        />
      )}
    </Page>
  );
}

function IntakeForm({
  code,
  onDone,
}: {
  code: string;
  onDone(r: ActionResult & { secret: string }, d: Decision): void;
}) {
  const { t, lang } = useI18n();
  const proc = useProcedure(code);
  const agencies = useAgencies();
  const intake = useIntake();
  const [applicant, setApplicant] = useState<ApplicantState>(EMPTY_APPLICANT);
  const [agency, setAgency] = useState("");
  const [checks, setChecks] = useState<Record<string, Check>>({});
  const [scans, setScans] = useState<FilesByComponent>({});
  const [decision, setDecision] = useState<Decision>("receive");
  const [text, setText] = useState("");
  const [assignee, setAssignee] = useState("");
  const [form, setForm] = useState<FormValues>({});
  if (proc.isPending) return <Loading />;
  if (proc.isError) return <ErrorBox error={proc.error} onRetry={() => proc.refetch()} />;
  const p = proc.data;
  const fromPopulation = !!applicant.populationLookup;
  const missing = missingOf(p.components, checks, fromPopulation);
  const several = p.agencies.length > 1;
  const options = (agencies.data ?? []).filter((a) => p.agencies.includes(a.code) && !a.mergedInto);
  const eForm = p.eForm as Schema | null;
  const skip = new Set(Object.keys(FROM_APPLICANT));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const chosen: NonNullable<IntakeInput["decision"]> =
      decision === "refuse-intake"
        ? { action: decision, reasons: text.trim() }
        : decision === "request-completion"
          ? {
              action: decision,
              items: text
                .split("\n")
                .map((s) => s.trim())
                .filter(Boolean),
            }
          : { action: decision, ...(assignee ? { assignee: { id: assignee } } : {}) };
    intake.mutate(
      {
        procedure: p.code,
        agency: several && agency ? agency : undefined,
        channel: 1,
        applicant: toApplicant(applicant),
        components: p.components
          .filter((c) => checks[c.name]?.have)
          .map((c) => ({
            name: c.name,
            digitized: checks[c.name]?.digitized || scans[c.name]?.length ? 1 : 0,
            files: (scans[c.name] ?? []).map((f) => f.sha256),
          })),
        formData: eForm ? toFormData(eForm, withApplicant(eForm.properties, form, applicant)) : {},
        decision: chosen,
        populationLookup: applicant.populationLookup ?? undefined,
      },
      { onSuccess: (r) => onDone(r, decision) },
    );
  };

  // Only receiving needs a complete e-form (the server checks it too): asking to complete or
  // refusing an incomplete dossier must not be stopped by the e-form's required fields.
  return (
    <form onSubmit={submit} noValidate={decision !== "receive"}>
      {several && (
        <div className="card card-tight">
          <PickField
            label={t("intake.agency")}
            hint={t("intake.agencyHint")}
            required
            value={agency}
            onValue={(v) => {
              setAgency(v);
              setAssignee("");
            }}
            empty={t("intake.chooseAgency")}
            items={options}
            keyOf={(a) => a.code}
            labelOf={(a) => a.name}
          />
        </div>
      )}
      <Section title={t("intake.step2")} id="step2">
        <ApplicantFields
          value={applicant}
          onChange={setApplicant}
          error={intake.error}
          formRequired={eForm?.required}
          lookup
        />
      </Section>
      {eForm && (
        <Section title={t("intake.eform")} id="eform">
          <EForm schema={eForm} values={form} onChange={setForm} error={intake.error} skip={skip} />
        </Section>
      )}
      <Section title={t("intake.step3")} id="step3">
        <ComponentChecklist
          components={p.components}
          checks={checks}
          onChange={setChecks}
          fromPopulation={fromPopulation}
        />
        <h3>{t("files.scan")}</h3>
        <ComponentUploads
          components={p.components.filter((c) => checks[c.name]?.have)}
          value={scans}
          onChange={setScans}
        />
      </Section>
      <Section title={t("intake.step4")} id="step4">
        <fieldset className="fieldset radios">
          <legend>{t("intake.decision")}</legend>
          {(["receive", "request-completion", "refuse-intake"] as Decision[]).map((d) => (
            <div className="check" key={d}>
              <input
                type="radio"
                name="decision"
                id={`dec-${d}`}
                value={d}
                checked={decision === d}
                onChange={() => {
                  setDecision(d);
                  setText(d === "request-completion" ? missing.join("\n") : "");
                }}
              />
              <label htmlFor={`dec-${d}`}>
                {t(
                  d === "receive"
                    ? "intake.receive"
                    : d === "request-completion"
                      ? "intake.requestCompletion"
                      : "intake.refuse",
                )}
              </label>
            </div>
          ))}
        </fieldset>
        {decision === "receive" && (!several || agency) && (
          <IntakeAssignee
            procedure={p.code}
            agency={several ? agency : undefined}
            value={assignee}
            error={fieldError(intake.error, "decision.assignee.id", lang) ?? undefined}
            onChange={setAssignee}
          />
        )}
        {decision === "request-completion" && (
          <TextArea
            label={t("dossier.items")}
            hint={t("dossier.itemsHint")}
            rows={4}
            value={text}
            onValue={setText}
          />
        )}
        {decision === "refuse-intake" && (
          <TextArea
            label={t("dossier.reasons")}
            value={text}
            onValue={setText}
            rows={4}
            required
            minLength={5}
          />
        )}
        {intake.isError && <ErrorBox error={intake.error} />}
        <Button
          type="submit"
          busy={intake.isPending}
          variant={decision === "refuse-intake" ? "danger" : "primary"}
          disabled={decision === "receive" && missing.length > 0}
        >
          {t(
            decision === "receive"
              ? "intake.receive"
              : decision === "request-completion"
                ? "intake.requestCompletion"
                : "intake.refuse",
          )}
        </Button>
      </Section>
    </form>
  );
}
