// The pick-list of a hand-over: the people of the unit holding the next step's role, as the
// server lists them (GET /api/dossiers/:code/assignees). Nobody is typed in by name.
import { type DossierAction, usePickList } from "../../api/dossiers.ts";
import { useI18n } from "../../i18n/index.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { SelectField } from "../../ui/Field.tsx";

interface Props {
  code: string;
  version: number;
  action: DossierAction;
  value: string;
  error?: string;
  onChange(id: string): void;
}

export function AssigneePicker({ code, version, action, value, error, onChange }: Props) {
  const { t } = useI18n();
  const q = usePickList(code, action, version);
  if (q.isError) return <ErrorBox error={q.error} onRetry={() => q.refetch()} />;
  const list = q.data;
  if (!list?.step) return null;
  const hint = t("dossier.pickHint", { step: list.step.name, unit: list.step.unitName });
  if (!list.people.length)
    return (
      <p className="alert alert-warn">{t("dossier.pickNobody", { unit: list.step.unitName })}</p>
    );
  return (
    <SelectField
      label={t("dossier.pickAssignee")}
      hint={hint}
      required
      value={value}
      error={error}
      onChange={(e) => onChange(e.target.value)}
    >
      <option value="">{t("dossier.pickChoose")}</option>
      {list.people.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
        </option>
      ))}
    </SelectField>
  );
}
