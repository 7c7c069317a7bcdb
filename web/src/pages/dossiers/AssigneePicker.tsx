// The pick-list of a hand-over: the people of the unit holding the next step's role, as the
// server lists them (GET /api/dossiers/:code/assignees). Nobody is typed in by name.
import type { UseQueryResult } from "@tanstack/react-query";
import { type DossierAction, type PickList, usePickList } from "../../api/dossiers.ts";
import { useI18n } from "../../i18n/index.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { Options, SelectField } from "../../ui/Field.tsx";

interface Pick {
  value: string;
  error?: string;
  onChange(id: string): void;
}

interface Props extends Pick {
  code: string;
  version: number;
  action: DossierAction;
}

export function AssigneePicker({ code, version, action, ...pick }: Props) {
  return <PickListSelect q={usePickList(code, action, version)} {...pick} />;
}

/** The select of a pick-list the server gave (for a dossier, or for a counter's reception). */
export function PickListSelect({
  q,
  value,
  error,
  onChange,
}: Pick & { q: UseQueryResult<PickList> }) {
  const { t } = useI18n();
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
      onValue={onChange}
    >
      <option value="">{t("dossier.pickChoose")}</option>
      <Options items={list.people} value={(p) => p.id} label={(p) => p.name} />
    </SelectField>
  );
}
