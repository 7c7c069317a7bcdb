// Row editors of a procedure: dossier components (name, required, originals, copies) and fees.
import { useI18n } from "../../../i18n/index.tsx";
import { Button, ItemButton } from "../../../ui/Button.tsx";
import { CheckField, fieldError, TextField } from "../../../ui/Field.tsx";
import { type ComponentDraft, type Draft, type FeeDraft, nextKey } from "./draft.ts";

interface Props {
  d: Draft;
  set(patch: Partial<Draft>): void;
  error: unknown;
}

export function ComponentsEditor({ d, set, error }: Props) {
  const { t, lang } = useI18n();
  const update = (i: number, patch: Partial<ComponentDraft>) =>
    set({ components: d.components.map((c, j) => (j === i ? { ...c, ...patch } : c)) });
  return (
    <div className="stack">
      {d.components.length === 0 && <p className="empty">{t("proc.noComponents")}</p>}
      <ol className="edit-list">
        {d.components.map((c, i) => (
          <li key={c.key} className="edit-item">
            <fieldset className="fieldset">
              <legend>{t("proc.componentN", { n: i + 1 })}</legend>
              <TextField
                label={t("proc.componentName")}
                required
                value={c.name}
                onValue={(v) => update(i, { name: v })}
                error={fieldError(error, `components.${i}.name`, lang)}
              />
              <div className="row row-end">
                <TextField
                  label={t("proc.originals")}
                  type="number"
                  min={0}
                  value={c.originals}
                  onValue={(v) => update(i, { originals: v })}
                  error={fieldError(error, `components.${i}.originals`, lang)}
                  className="input-narrow"
                />
                <TextField
                  label={t("proc.copies")}
                  type="number"
                  min={0}
                  value={c.copies}
                  onValue={(v) => update(i, { copies: v })}
                  error={fieldError(error, `components.${i}.copies`, lang)}
                  className="input-narrow"
                />
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
                  onClick={() => set({ components: d.components.filter((_, j) => j !== i) })}
                />
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <Button
        variant="secondary"
        onClick={() =>
          set({
            components: [
              ...d.components,
              { key: nextKey(), name: "", required: true, originals: "1", copies: "0" },
            ],
          })
        }
      >
        {t("proc.addComponent")}
      </Button>
    </div>
  );
}

export function FeesEditor({ d, set, error }: Props) {
  const { t, lang } = useI18n();
  const update = (i: number, patch: Partial<FeeDraft>) =>
    set({ fees: d.fees.map((f, j) => (j === i ? { ...f, ...patch } : f)) });
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
            onClick={() => set({ fees: d.fees.filter((_, j) => j !== i) })}
          />
        </div>
      ))}
      <Button
        variant="secondary"
        onClick={() => set({ fees: [...d.fees, { key: nextKey(), name: "", amount: "" }] })}
      >
        {t("proc.addFee")}
      </Button>
    </div>
  );
}
