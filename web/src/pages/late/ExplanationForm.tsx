// The handling officer's explanation of a late (or soon late) dossier: reason, the step and the
// person responsible, and the proposed new appointment. The server drafts Form 04 from it.
import { type FormEvent, useState } from "react";
import type { DossierDetail } from "../../api/dossiers.ts";
import { type Explanation, useDraftExplanation } from "../../api/late.ts";
import { formatDateTime, useI18n } from "../../i18n/index.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { DateTimeField, fieldError, SelectField, TextArea, TextField } from "../../ui/Field.tsx";
import { SubmitCancel } from "../../ui/Submit.tsx";
import { defaultNewDue, fromVnLocal, toVnLocal } from "./dates.ts";

export function ExplanationForm({
  d,
  prior,
  onDone,
  onCancel,
}: {
  d: DossierDetail;
  prior: Explanation | null;
  onDone(): void;
  onCancel(): void;
}) {
  const { t, lang } = useI18n();
  const draft = useDraftExplanation(d.code);
  const open = d.steps.find((s) => !s.doneAt) ?? d.steps.filter((s) => s.result === "late").pop();
  const [reason, setReason] = useState(prior?.reason ?? "");
  const [step, setStep] = useState(String(prior?.responsibleStep ?? open?.seq ?? ""));
  const assignee = (seq: string) => d.steps.find((s) => String(s.seq) === seq)?.assigneeName ?? "";
  const [person, setPerson] = useState(prior?.responsibleName ?? assignee(step));
  const [due, setDue] = useState(
    prior?.proposedDueAt ? toVnLocal(prior.proposedDueAt) : defaultNewDue(d.dueAt ?? null),
  );
  const [local, setLocal] = useState<string | null>(null);
  const err = (f: string) => fieldError(draft.error, f, lang);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const proposedDueAt = fromVnLocal(due);
    if (reason.trim().length < 10 || !proposedDueAt) {
      setLocal(t("late.formIncomplete"));
      return;
    }
    setLocal(null);
    draft.mutate(
      {
        reason: reason.trim(),
        responsibleStep: step ? Number(step) : undefined,
        responsibleName: person.trim() || undefined,
        proposedDueAt,
      },
      { onSuccess: onDone },
    );
  };

  return (
    <form className="form action-form" onSubmit={submit} noValidate>
      <h3>{prior ? t("late.editDraft") : t("late.draft")}</h3>
      <TextArea
        label={t("late.reason")}
        hint={t("late.reasonHint")}
        required
        rows={4}
        minLength={10}
        maxLength={2000}
        value={reason}
        onValue={setReason}
        error={err("reason")}
      />
      <SelectField
        label={t("late.responsibleStep")}
        value={step}
        onValue={(v) => {
          setStep(v);
          setPerson(assignee(v) || person);
        }}
        error={err("responsibleStep")}
      >
        <option value="">{t("late.stepDefault")}</option>
        {d.steps.map((s) => (
          <option key={s.seq} value={s.seq}>
            {s.seq}. {s.name} — {t("dossier.stepDue")} {formatDateTime(lang, s.dueAt)}
            {s.result === "late" ? ` (${t("dossier.step.late")})` : ""}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t("late.responsibleName")}
        hint={t("late.responsibleHint")}
        value={person}
        onValue={setPerson}
        maxLength={200}
        error={err("responsibleName")}
        autoComplete="off"
      />
      <DateTimeField
        label={t("late.proposedDue")}
        hint={t("late.proposedHint", { due: formatDateTime(lang, d.dueAt) })}
        required
        value={due}
        onValue={(v) => setDue(v)}
        error={err("proposedDueAt")}
      />
      {local && (
        <p className="field-error" role="alert">
          {local}
        </p>
      )}
      {draft.isError && <ErrorBox error={draft.error} />}
      <SubmitCancel busy={draft.isPending} onCancel={onCancel}>
        {t("late.submitDraft")}
      </SubmitCancel>
    </form>
  );
}
