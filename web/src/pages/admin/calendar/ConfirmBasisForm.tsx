// Confirming a day of a rule decided but not yet law (Vietnamese Culture Day): the administrator
// states the legal basis and the date it is in force from.
import type { FormEvent } from "react";
import type { CalendarDay, ConfirmBasis } from "../../../api/calendar.ts";
import { formatDate, useI18n } from "../../../i18n/index.tsx";
import { Button } from "../../../ui/Button.tsx";
import { ErrorBox } from "../../../ui/ErrorBox.tsx";
import { DateField, fieldError, TextField } from "../../../ui/Field.tsx";
import { useFields } from "../../../ui/useFields.ts";

export function ConfirmBasisForm(props: {
  day: CalendarDay;
  busy: boolean;
  error: unknown;
  onSubmit: (b: ConfirmBasis) => void;
}) {
  const { t, lang } = useI18n();
  const { v, bind } = useFields({ basis: "", effectiveFrom: "" }, props.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onSubmit({ basis: v.basis.trim(), effectiveFrom: v.effectiveFrom });
  };
  const err = (f: string) => fieldError(props.error, f, lang);
  return (
    <form className="form alert alert-info" onSubmit={submit}>
      <p>
        {t("cal.basisNeeded", {
          date: formatDate(lang, props.day.date),
          name: props.day.name[lang],
        })}
      </p>
      <TextField label={t("cal.basis")} required {...bind("basis")} />
      <DateField label={t("cal.effectiveFrom")} required {...bind("effectiveFrom")} />
      {props.error && !err("basis") && !err("effectiveFrom") ? (
        <ErrorBox error={props.error} />
      ) : null}
      <Button type="submit" busy={props.busy}>
        {t("cal.confirm")}
      </Button>
    </form>
  );
}
