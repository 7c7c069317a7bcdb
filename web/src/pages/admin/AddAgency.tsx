import { type FormEvent, useState } from "react";
import { type Agency, type AgencyLevel, useCreateAgency } from "../../api/identity.ts";
import { useI18n } from "../../i18n/index.tsx";
import { Button } from "../../ui/Button.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { DateField, fieldError, SelectField, TextField } from "../../ui/Field.tsx";
import { Success } from "../../ui/Status.tsx";

const LEVELS: AgencyLevel[] = ["province", "department", "commune", "center", "vertical"];

export function AddAgency({ agencies, parent }: { agencies: Agency[]; parent: string | null }) {
  const { t, lang } = useI18n();
  const create = useCreateAgency();
  const live = agencies.filter((a) => !a.mergedInto);
  const [form, setForm] = useState({
    code: "",
    name: "",
    parentCode: parent ?? live[0]?.code ?? "",
    level: "commune" as AgencyLevel,
    validFrom: "",
  });
  const [done, setDone] = useState<string | null>(null);
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [k]: e.target.value }));
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
      <SelectField label={t("agency.parent")} value={form.parentCode} onChange={set("parentCode")}>
        <option value="">{t("agency.noParent")}</option>
        {live.map((a) => (
          <option key={a.code} value={a.code}>
            {a.name} ({a.code})
          </option>
        ))}
      </SelectField>
      <div className="row">
        <TextField
          label={t("agency.code")}
          hint={t("agency.codeHint")}
          required
          value={form.code}
          onChange={set("code")}
          error={fieldError(create.error, "code", lang)}
          autoCapitalize="characters"
          spellCheck={false}
        />
        <SelectField label={t("agency.level")} required value={form.level} onChange={set("level")}>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {t(`agency.level.${l}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField
        label={t("agency.name")}
        required
        minLength={2}
        maxLength={200}
        value={form.name}
        onChange={set("name")}
        error={fieldError(create.error, "name", lang)}
      />
      <DateField
        label={t("agency.validFrom")}
        hint={t("common.optional")}
        value={form.validFrom}
        onValue={(v) => set("validFrom")({ target: { value: v } })}
      />
      <Button type="submit" busy={create.isPending}>
        {t("agency.add")}
      </Button>
    </form>
  );
}
