// Received on the spot: who takes the first handling step, picked from the people of the unit
// holding it (GET /api/dossiers/intake-assignees). With one holder that one is preselected; with
// several the counter must choose (the server refuses a reception without a pick).
import { useEffect } from "react";
import { useIntakePickList } from "../../api/dossiers.ts";
import { useI18n } from "../../i18n/index.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { SelectField } from "../../ui/Field.tsx";

interface Props {
  procedure: string;
  agency: string | undefined;
  value: string;
  error?: string;
  onChange(id: string): void;
}

export function IntakeAssignee({ procedure, agency, value, error, onChange }: Props) {
  const { t } = useI18n();
  const q = useIntakePickList(procedure, agency);
  const people = q.data?.people ?? [];
  const only = people.length === 1 ? people[0].id : "";
  useEffect(() => {
    if (only && !value) onChange(only);
  }, [only, value, onChange]);
  if (q.isError) return <ErrorBox error={q.error} onRetry={() => q.refetch()} />;
  const list = q.data;
  if (!list?.step) return null;
  if (!people.length)
    return (
      <p className="alert alert-warn">{t("dossier.pickNobody", { unit: list.step.unitName })}</p>
    );
  return (
    <SelectField
      label={t("dossier.pickAssignee")}
      hint={t("dossier.pickHint", { step: list.step.name, unit: list.step.unitName })}
      required
      value={value}
      error={error}
      onChange={(e) => onChange(e.target.value)}
    >
      <option value="">{t("dossier.pickChoose")}</option>
      {people.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
        </option>
      ))}
    </SelectField>
  );
}
