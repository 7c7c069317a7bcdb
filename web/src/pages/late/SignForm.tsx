// The head reviews the drafted Form 04 (opens the PDF), may change the new appointment, then
// approves: the server signs the letter, records the new date once and tells the applicant.
import { type FormEvent, useState } from "react";
import { ApiError } from "../../api/client.ts";
import { type Explanation, useSignApology } from "../../api/late.ts";
import { formatDateTime, useI18n } from "../../i18n/index.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { DateTimeField, TextField } from "../../ui/Field.tsx";
import { SubmitCancel } from "../../ui/Submit.tsx";
import { useFields } from "../../ui/useFields.ts";
import { fromVnLocal, toVnLocal } from "./dates.ts";

export function SignForm({
  code,
  x,
  onDone,
  onCancel,
}: {
  code: string;
  x: Explanation;
  onDone(): void;
  onCancel(): void;
}) {
  const { t, lang } = useI18n();
  const sign = useSignApology(code);
  const { v, bind } = useFields(
    { due: x.proposedDueAt ? toVnLocal(x.proposedDueAt) : "", position: "" },
    sign.error,
  );
  const [seen, setSeen] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const newDueAt = fromVnLocal(v.due);
    sign.mutate(
      {
        version: x.version,
        newDueAt: newDueAt && newDueAt !== x.proposedDueAt ? newDueAt : undefined,
        position: v.position.trim() || undefined,
      },
      { onSuccess: onDone },
    );
  };
  return (
    <form className="form action-form" onSubmit={submit}>
      <h3>{t("late.sign")}</h3>
      <p>
        <a href={x.form04} target="_blank" rel="noopener" onClick={() => setSeen(true)}>
          {t("late.preview")}
        </a>
      </p>
      <p className="hint">
        {t("late.proposedBy", {
          name: x.draftedBy,
          date: formatDateTime(lang, x.proposedDueAt),
        })}
      </p>
      <DateTimeField label={t("late.newDue")} required {...bind("due", "newDueAt")} />
      <TextField
        label={t("late.position")}
        hint={t("late.positionHint")}
        maxLength={100}
        {...bind("position")}
      />
      {!seen && <p className="hint">{t("late.previewFirst")}</p>}
      {sign.isError && <ErrorBox error={sign.error} />}
      {sign.error instanceof ApiError && sign.error.status === 409 && (
        <p className="hint">{t("dossier.stale")}</p>
      )}
      <SubmitCancel busy={sign.isPending} onCancel={onCancel}>
        {t("late.signSubmit")}
      </SubmitCancel>
    </form>
  );
}
