// The internal process: ordered steps, each with the role that does it, an optional agency and its
// quota in working hours; the sum is shown against the legal time, and a plan that does not fit is
// flagged here and refused by the server.

import { durationHours, type StepRole } from "../../../api/catalog-edit.ts";
import { number } from "../../../i18n/format.ts";
import { useI18n } from "../../../i18n/index.tsx";
import { ItemButton } from "../../../ui/Button.tsx";
import { fieldError, Options, SelectField, TextField } from "../../../ui/Field.tsx";
import type { Draft } from "./draft.ts";
import { EditList, listChanges } from "./EditList.tsx";

const STEP_ROLES: StepRole[] = ["reception", "handler", "leader", "head", "center_manager"];

export function StepsEditor({
  d,
  set,
  error,
  agencyName,
}: {
  d: Draft;
  set(patch: Partial<Draft>): void;
  error: unknown;
  agencyName(code: string): string;
}) {
  const { t, lang } = useI18n();
  const value = d.durationUnit === "same-day" ? 1 : Number(d.durationValue) || 0;
  const limit = durationHours({ value, unit: d.durationUnit });
  const sum = Math.round(d.steps.reduce((s, x) => s + (Number(x.hours) || 0), 0) * 100) / 100;
  const fits = sum <= limit.hours;
  const pct = limit.hours > 0 ? Math.min(100, (sum / limit.hours) * 100) : 100;
  const { update, remove, add } = listChanges(d, set, "steps");
  const move = (i: number, by: number) => {
    const steps = [...d.steps];
    const [s] = steps.splice(i, 1);
    steps.splice(i + by, 0, s);
    set({ steps });
  };
  const serverErr = fieldError(error, "steps", lang);
  return (
    <div className="stack">
      <div
        className={fits ? "quota quota-ok" : "quota quota-over"}
        role="status"
        aria-live="polite"
      >
        <p className="quota-text">
          <strong>
            {t("proc.quotaSum", {
              sum: number(lang, sum, sum % 1 ? 1 : 0),
              limit: number(lang, limit.hours),
            })}
          </strong>{" "}
          {fits
            ? t("proc.quotaFits", {
                left: number(lang, limit.hours - sum, (limit.hours - sum) % 1 ? 1 : 0),
              })
            : t("proc.quotaOver", {
                over: number(lang, sum - limit.hours, (sum - limit.hours) % 1 ? 1 : 0),
              })}
          {limit.approximate && <span className="muted small"> {t("proc.quotaApprox")}</span>}
        </p>
        <div className="quota-bar" aria-hidden="true">
          <span style={{ width: `${pct}%` }} />
        </div>
      </div>
      {serverErr && (
        <p className="field-error" role="alert">
          {serverErr}
        </p>
      )}
      <EditList
        rows={d.steps}
        empty={t("proc.noSteps")}
        legend={(i) => t("proc.stepN", { n: i + 1 })}
        addLabel={t("proc.addStep")}
        onAdd={() => add({ name: "", role: "handler", agency: "", hours: "" })}
      >
        {(s, i) => (
          <>
            <div className="row">
              <TextField
                label={t("proc.stepName")}
                required
                value={s.name}
                onValue={(v) => update(i, { name: v })}
                error={fieldError(error, `steps.${i}.name`, lang)}
              />
              <SelectField
                label={t("proc.stepRole")}
                value={s.role}
                onValue={(v) => update(i, { role: v as StepRole })}
                error={fieldError(error, `steps.${i}.role`, lang)}
              >
                <Options items={STEP_ROLES} label={(r) => t(`role.${r}`)} />
              </SelectField>
              <SelectField
                label={t("proc.stepAgency")}
                value={s.agency}
                onValue={(v) => update(i, { agency: v })}
                error={fieldError(error, `steps.${i}.agency`, lang)}
              >
                <option value="">{t("proc.stepAgencyAny")}</option>
                <Options items={d.agencies} label={(a) => agencyName(a)} />
              </SelectField>
              <TextField
                label={t("proc.stepHours")}
                type="number"
                inputMode="decimal"
                min={0.5}
                step={0.5}
                required
                value={s.hours}
                onValue={(v) => update(i, { hours: v })}
                error={fieldError(error, `steps.${i}.hours`, lang)}
                className="input-narrow"
              />
            </div>
            <div className="btn-row">
              <ItemButton
                label={t("proc.up")}
                of={t("proc.stepN", { n: i + 1 })}
                disabled={i === 0}
                onClick={() => move(i, -1)}
              />
              <ItemButton
                label={t("proc.down")}
                of={t("proc.stepN", { n: i + 1 })}
                disabled={i === d.steps.length - 1}
                onClick={() => move(i, 1)}
              />
              <ItemButton
                label={t("common.remove")}
                of={t("proc.stepN", { n: i + 1 })}
                onClick={() => remove(i)}
              />
            </div>
          </>
        )}
      </EditList>
    </div>
  );
}
