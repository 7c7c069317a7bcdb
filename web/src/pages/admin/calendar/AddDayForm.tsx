// Adds a day off or a make-up working day with its legal basis and, when known, the notice.
import { type FormEvent, useState } from "react";
import { type NewDay, useAddDay } from "../../../api/calendar.ts";
import { useI18n } from "../../../i18n/index.tsx";
import { DateField, fieldError, SelectField, TextField } from "../../../ui/Field.tsx";
import { SubmitBar } from "../../../ui/Submit.tsx";

export function AddDayForm({ year }: { year: number }) {
  const { t, lang } = useI18n();
  const add = useAddDay();
  const [v, setV] = useState<Record<string, string>>({ kind: "day-off", status: "confirmed" });
  const set = (k: string) => (e: { target: { value: string } }) =>
    setV((x) => ({ ...x, [k]: e.target.value }));
  const err = (f: string) => fieldError(add.error, f, lang);
  /** A field's value, change and server error. */
  const bind = (k: string) => ({ value: v[k] ?? "", onChange: set(k), error: err(k) });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const notice =
      v.noticeNumber?.trim() && v.noticeDate && v.noticeTitle?.trim()
        ? { number: v.noticeNumber.trim(), date: v.noticeDate, title: v.noticeTitle.trim() }
        : undefined;
    const body: NewDay = {
      date: v.date ?? "",
      kind: v.kind as NewDay["kind"],
      nameVi: v.nameVi?.trim() ?? "",
      nameEn: v.nameEn?.trim() || (v.nameVi?.trim() ?? ""),
      basis: v.basis?.trim() ?? "",
      notice,
      status: v.status as NewDay["status"],
    };
    add.mutate(body, {
      onSuccess: () => {
        setV({ kind: v.kind, status: v.status });
      },
    });
  };
  return (
    <form className="form" onSubmit={submit}>
      <DateField
        label={t("common.date")}
        required
        min={`${year - 1}-01-01`}
        value={v.date ?? ""}
        onValue={(v) => set("date")({ target: { value: v } })}
        error={err("date")}
      />
      <SelectField label={t("cal.kind")} value={v.kind} onChange={set("kind")} error={err("kind")}>
        <option value="day-off">{t("cal.kind.day-off")}</option>
        <option value="working-day">{t("cal.kind.working-day")}</option>
      </SelectField>
      <TextField label={t("cal.nameVi")} required {...bind("nameVi")} />
      <TextField label={t("cal.nameEn")} lang="en" {...bind("nameEn")} />
      <TextField label={t("cal.basis")} hint={t("cal.basisHint")} required {...bind("basis")} />
      <fieldset className="fieldset">
        <legend>{t("cal.notice")}</legend>
        <div className="row">
          <TextField
            label={t("cal.noticeNumber")}
            value={v.noticeNumber ?? ""}
            onChange={set("noticeNumber")}
            error={err("notice.number")}
          />
          <DateField
            label={t("cal.noticeDate")}
            value={v.noticeDate ?? ""}
            onValue={(v) => set("noticeDate")({ target: { value: v } })}
            error={err("notice.date")}
          />
        </div>
        <TextField
          label={t("cal.noticeTitle")}
          value={v.noticeTitle ?? ""}
          onChange={set("noticeTitle")}
          error={err("notice.title")}
        />
      </fieldset>
      <SelectField label={t("common.status")} value={v.status} onChange={set("status")}>
        <option value="confirmed">{t("cal.status.confirmed")}</option>
        <option value="provisional">{t("cal.status.provisional")}</option>
      </SelectField>
      <SubmitBar m={add} done={t("cal.added")}>
        {t("cal.addSubmit")}
      </SubmitBar>
    </form>
  );
}
