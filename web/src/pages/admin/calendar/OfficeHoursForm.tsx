// Office hours from a date, for the province (default) or one agency: sessions, weekdays worked and
// the same-day cut-off. The server keeps every period (effective-dated).
import { type FormEvent, useState } from "react";
import { useSetOfficeHours } from "../../../api/calendar.ts";
import { type Key, useI18n } from "../../../i18n/index.tsx";
import { AgencySelect } from "../../../ui/AgencySelect.tsx";
import { todayVn } from "../../../ui/dates.ts";
import { DateField, fieldError, TimeField } from "../../../ui/Field.tsx";
import { SubmitBar } from "../../../ui/Submit.tsx";

const toMin = (hhmm: string) => {
  const [h, m] = hhmm.split(":").map(Number);
  return h * 60 + m;
};
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

export function OfficeHoursForm() {
  const { t, lang } = useI18n();
  const save = useSetOfficeHours();
  const [agency, setAgency] = useState("");
  const [validFrom, setValidFrom] = useState(todayVn());
  const [sessions, setSessions] = useState([
    { key: "am", start: "07:00", end: "11:30" },
    { key: "pm", start: "13:30", end: "17:00" },
  ]);
  const [days, setDays] = useState<number[]>([1, 2, 3, 4, 5]);
  const [cutoff, setCutoff] = useState("15:00");
  const err = (f: string) => fieldError(save.error, f, lang);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({
      agency: agency || null,
      validFrom,
      sessions: sessions
        .filter((s) => s.start && s.end)
        .map((s) => ({ start: toMin(s.start), end: toMin(s.end) })),
      weekdays: days,
      sameDayCutoff: toMin(cutoff),
    });
  };
  return (
    <form className="form" onSubmit={submit}>
      <p className="hint">{t("cal.hoursLead")}</p>
      <AgencySelect
        label={t("users.agency")}
        none={t("cal.provinceDefault")}
        value={agency}
        onChange={(e) => setAgency(e.target.value)}
      />
      <DateField
        label={t("agency.effectiveOn")}
        required
        value={validFrom}
        onValue={(v) => setValidFrom(v)}
        error={err("validFrom")}
      />
      {sessions.map((s, i) => (
        <fieldset className="fieldset" key={s.key}>
          <legend>{t("cal.session", { n: i + 1 })}</legend>
          <div className="row">
            <TimeField
              label={t("cal.start")}
              value={s.start}
              onValue={(v) =>
                setSessions((x) => x.map((y, j) => (j === i ? { ...y, start: v } : y)))
              }
              error={err(`sessions.${i}.start`)}
            />
            <TimeField
              label={t("cal.end")}
              value={s.end}
              onValue={(v) => setSessions((x) => x.map((y, j) => (j === i ? { ...y, end: v } : y)))}
              error={err(`sessions.${i}.end`)}
            />
          </div>
        </fieldset>
      ))}
      <fieldset className="radio-row">
        <legend>{t("cal.weekdays")}</legend>
        {WEEKDAYS.map((d) => (
          <div className="check" key={d}>
            <input
              type="checkbox"
              id={`wd-${d}`}
              checked={days.includes(d)}
              onChange={(e) =>
                setDays((x) => (e.target.checked ? [...x, d].sort() : x.filter((y) => y !== d)))
              }
            />
            <label htmlFor={`wd-${d}`}>{t(`cal.wd.${d}` as Key)}</label>
          </div>
        ))}
      </fieldset>
      {err("weekdays") && <p className="field-error">{err("weekdays")}</p>}
      <TimeField
        label={t("cal.cutoff")}
        hint={t("cal.cutoffHint")}
        value={cutoff}
        onValue={(v) => setCutoff(v)}
        error={err("sameDayCutoff")}
      />
      <SubmitBar m={save} done={t("cal.hoursSaved")}>
        {t("cal.hoursSave")}
      </SubmitBar>
    </form>
  );
}
