import { type FormEvent, useState } from "react";
import { type Agency, type AgencyLevel, useCreateAgency } from "../../api/identity.ts";
import { useI18n } from "../../i18n/index.tsx";
import { Button } from "../../ui/Button.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { DateField, nameWithCode, Options, SelectField, TextField } from "../../ui/Field.tsx";
import { Success } from "../../ui/Status.tsx";
import { useFields } from "../../ui/useFields.ts";

const LEVELS: AgencyLevel[] = ["province", "department", "commune", "center", "vertical"];

export function AddAgency({ agencies, parent }: { agencies: Agency[]; parent: string | null }) {
  const { t } = useI18n();
  const create = useCreateAgency();
  const live = agencies.filter((a) => !a.mergedInto);
  const {
    v: form,
    setV: setForm,
    bind,
  } = useFields(
    {
      code: "",
      name: "",
      parentCode: parent ?? live[0]?.code ?? "",
      level: "commune" as AgencyLevel,
      validFrom: "",
    },
    create.error,
  );
  const [done, setDone] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    create.mutate(
      {
        code: form.code.trim().toUpperCase(),
        name: form.name.trim(),
        parentCode: form.parentCode || null,
        level: form.level,
        validFrom: form.validFrom || undefined,
      },
      {
        onSuccess: (a) => {
          setDone(t("agency.added", { name: a.name }));
          setForm((f) => ({ ...f, code: "", name: "" }));
        },
      },
    );
  };
  return (
    <form onSubmit={submit} className="form">
      {create.isError && <ErrorBox error={create.error} />}
      {done && <Success>{done}</Success>}
      <SelectField label={t("agency.parent")} {...bind("parentCode", false)}>
        <option value="">{t("agency.noParent")}</option>
        <Options items={live} value={(a) => a.code} label={nameWithCode} />
      </SelectField>
      <div className="row">
        <TextField
          label={t("agency.code")}
          hint={t("agency.codeHint")}
          required
          {...bind("code")}
          autoCapitalize="characters"
          spellCheck={false}
        />
        <SelectField label={t("agency.level")} required {...bind("level", false)}>
          <Options items={LEVELS} label={(l) => t(`agency.level.${l}`)} />
        </SelectField>
      </div>
      <TextField
        label={t("agency.name")}
        required
        minLength={2}
        maxLength={200}
        {...bind("name")}
      />
      <DateField
        label={t("agency.validFrom")}
        hint={t("common.optional")}
        {...bind("validFrom", false)}
      />
      <Button type="submit" busy={create.isPending}>
        {t("agency.add")}
      </Button>
    </form>
  );
}
