// Row editors of a procedure: dossier components (name, required, originals, copies) and fees.
import { useI18n } from "../../../i18n/index.tsx";
import { Button, ItemButton } from "../../../ui/Button.tsx";
import { CheckField, fieldError, TextField } from "../../../ui/Field.tsx";
import type { ComponentDraft, Draft } from "./draft.ts";
import { EditList, listChanges } from "./EditList.tsx";

interface Props {
  d: Draft;
  set(patch: Partial<Draft>): void;
  error: unknown;
}

export function ComponentsEditor({ d, set, error }: Props) {
  const { t, lang } = useI18n();
  const { update, remove, add } = listChanges(d, set, "components");
  const count = (i: number, c: ComponentDraft, name: "originals" | "copies") => (
    <TextField
      label={t(`proc.${name}`)}
      type="number"
      min={0}
      value={c[name]}
      onValue={(v) => update(i, { [name]: v })}
      error={fieldError(error, `components.${i}.${name}`, lang)}
      className="input-narrow"
    />
  );
  return (
    <div className="stack">
      <EditList
        rows={d.components}
        empty={t("proc.noComponents")}
        legend={(i) => t("proc.componentN", { n: i + 1 })}
        addLabel={t("proc.addComponent")}
        onAdd={() => add({ name: "", required: true, originals: "1", copies: "0" })}
      >
        {(c, i) => (
          <>
            <TextField
              label={t("proc.componentName")}
              required
              value={c.name}
              onValue={(v) => update(i, { name: v })}
              error={fieldError(error, `components.${i}.name`, lang)}
            />
            <div className="row row-end">
              {count(i, c, "originals")}
              {count(i, c, "copies")}
              <CheckField
                id={`comp-req-${c.key}`}
                className="check-field"
                label={t("catalog.required")}
                checked={c.required}
                onCheck={(v) => update(i, { required: v })}
              />
              <CheckField
                id={`comp-pop-${c.key}`}
                className="check-field"
                label={t("proc.replacedByPopulationData")}
                checked={!!c.replacedByPopulationData}
                onCheck={(v) => update(i, { replacedByPopulationData: v })}
              />
              <ItemButton
                label={t("common.remove")}
                of={t("proc.componentN", { n: i + 1 })}
                onClick={() => remove(i)}
              />
            </div>
          </>
        )}
      </EditList>
    </div>
  );
}

export function FeesEditor({ d, set, error }: Props) {
  const { t, lang } = useI18n();
  const { update, remove, add } = listChanges(d, set, "fees");
  return (
    <div className="stack">
      {d.fees.length === 0 && <p className="empty">{t("catalog.free")}</p>}
      {d.fees.map((f, i) => (
        <div className="row row-end" key={f.key}>
          <TextField
            label={t("proc.feeName", { n: i + 1 })}
            required
            value={f.name}
            onValue={(v) => update(i, { name: v })}
            error={fieldError(error, `fees.${i}.name`, lang)}
          />
          <TextField
            label={t("proc.feeAmount", { n: i + 1 })}
            type="number"
            min={0}
            step={1000}
            required
            value={f.amount}
            onValue={(v) => update(i, { amount: v })}
            error={fieldError(error, `fees.${i}.amount`, lang)}
          />
          <ItemButton
            label={t("common.remove")}
            of={t("proc.feeName", { n: i + 1 })}
            onClick={() => remove(i)}
          />
        </div>
      ))}
      <Button variant="secondary" onClick={() => add({ name: "", amount: "" })}>
        {t("proc.addFee")}
      </Button>
    </div>
  );
}
