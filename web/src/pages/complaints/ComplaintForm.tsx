// A citizen or business sends a complaint or petition, about a dossier (its code) or in general.
import { type FormEvent, useState } from "react";
import {
  type ComplaintClass,
  type PublicComplaint,
  useSubmitComplaint,
} from "../../api/complaints.ts";
import { useI18n } from "../../i18n/index.tsx";
import { AgencySelect } from "../../ui/AgencySelect.tsx";
import { Button } from "../../ui/Button.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { fieldError, TextArea, TextField } from "../../ui/Field.tsx";

export function ComplaintForm({
  onDone,
}: {
  onDone(c: PublicComplaint & { secret: string }): void;
}) {
  const { t, lang } = useI18n();
  const submit = useSubmitComplaint();
  const [v, setV] = useState<Record<string, string>>({ class: "regulation" });
  const [local, setLocal] = useState<string | null>(null);
  const set = (k: string) => (e: { target: { value: string } }) =>
    setV((x) => ({ ...x, [k]: e.target.value }));
  const opt = (k: string) => v[k]?.trim() || undefined;
  const err = (f: string) => fieldError(submit.error, f, lang);

  const send = (e: FormEvent) => {
    e.preventDefault();
    if (!opt("content") || !opt("name") || !(opt("phone") || opt("email") || opt("address"))) {
      setLocal(t("pakn.incomplete"));
      return;
    }
    setLocal(null);
    submit.mutate(
      {
        class: v.class as ComplaintClass,
        dossierCode: opt("dossierCode")?.toUpperCase(),
        agencyCode: opt("agencyCode"),
        title: opt("title"),
        content: opt("content")!,
        complainant: {
          name: opt("name")!,
          phone: opt("phone"),
          email: opt("email"),
          address: opt("address"),
        },
      },
      { onSuccess: onDone },
    );
  };

  return (
    <form className="form" onSubmit={send} noValidate>
      <fieldset className="radio-row">
        <legend>{t("pakn.class")}</legend>
        {(["regulation", "behaviour"] as const).map((c) => (
          <div className="check" key={c}>
            <input
              type="radio"
              id={`pakn-class-${c}`}
              name="pakn-class"
              value={c}
              checked={v.class === c}
              onChange={set("class")}
            />
            <label htmlFor={`pakn-class-${c}`}>{t(`pakn.class.${c}`)}</label>
          </div>
        ))}
      </fieldset>
      <TextField
        label={t("pakn.dossierCode")}
        hint={t("pakn.dossierCodeHint")}
        value={v.dossierCode ?? ""}
        onChange={set("dossierCode")}
        spellCheck={false}
        autoComplete="off"
        error={err("dossierCode")}
      />
      <AgencySelect
        label={t("pakn.agency")}
        hint={t("pakn.agencyHint")}
        none={t("pakn.agencyUnknown")}
        value={v.agencyCode ?? ""}
        onChange={set("agencyCode")}
        error={err("agencyCode")}
      />
      <TextField
        label={t("pakn.titleField")}
        value={v.title ?? ""}
        onChange={set("title")}
        maxLength={200}
        error={err("title")}
      />
      <TextArea
        label={t("pakn.content")}
        hint={t("pakn.contentHint")}
        required
        rows={5}
        maxLength={5000}
        value={v.content ?? ""}
        onChange={set("content")}
        error={err("content")}
      />
      <fieldset className="fieldset">
        <legend>{t("pakn.sender")}</legend>
        <p className="hint">{t("pakn.senderHint")}</p>
        <TextField
          label={t("dossier.name")}
          required
          value={v.name ?? ""}
          onChange={set("name")}
          autoComplete="name"
          error={err("complainant.name")}
        />
        <div className="row">
          {(
            [
              ["phone", "tel"],
              ["email", "email"],
            ] as const
          ).map(([k, kind]) => (
            <TextField
              key={k}
              label={t(`dossier.${k}`)}
              type={kind}
              value={v[k] ?? ""}
              onChange={set(k)}
              autoComplete={kind}
              error={err(`complainant.${k}`)}
            />
          ))}
        </div>
        <TextField
          label={t("dossier.address")}
          value={v.address ?? ""}
          onChange={set("address")}
          autoComplete="street-address"
          error={err("complainant.address")}
        />
      </fieldset>
      {local && (
        <p className="field-error" role="alert">
          {local}
        </p>
      )}
      {submit.isError && <ErrorBox error={submit.error} />}
      <Button type="submit" busy={submit.isPending}>
        {t("pakn.submit")}
      </Button>
    </form>
  );
}
