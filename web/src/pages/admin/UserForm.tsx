import { type FormEvent, useRef, useState } from "react";
import { type Agency, type Role, useCreateUser } from "../../api/identity.ts";
import { useI18n } from "../../i18n/index.tsx";
import { Button } from "../../ui/Button.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { fieldError, Options, SelectField, TextField } from "../../ui/Field.tsx";
import { Success } from "../../ui/Status.tsx";
import { useFields } from "../../ui/useFields.ts";

interface Props {
  roles: { id: Role; vi: string; en: string }[];
  agencies: Agency[];
}

const EMPTY = { username: "", fullName: "", password: "", email: "", phone: "" };

export function UserForm({ roles, agencies }: Props) {
  const { t, lang } = useI18n();
  const create = useCreateUser();
  const live = agencies.filter((a) => !a.mergedInto);
  const { v: form, setV: setForm, bind } = useFields(EMPTY, create.error);
  // Each row keeps an id of its own so removing one row never reuses another's inputs.
  const nextId = useRef(1);
  const newRow = () => ({ id: nextId.current++, role: "" as Role | "", agencyCode: "" });
  const [grants, setGrants] = useState(() => [newRow()]);
  const [done, setDone] = useState<string | null>(null);
  const setGrant = (i: number, k: "role" | "agencyCode", v: string) =>
    setGrants((gs) => gs.map((g, j) => (j === i ? { ...g, [k]: v } : g)));
  const err = (f: string) => fieldError(create.error, f, lang);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    create.mutate(
      {
        username: form.username.trim().toLowerCase(),
        fullName: form.fullName.trim(),
        password: form.password,
        email: form.email.trim() || undefined,
        phone: form.phone.trim() || undefined,
        grants: grants
          .filter((g) => g.role && g.agencyCode)
          .map(({ role, agencyCode }) => ({ role, agencyCode })) as {
          role: Role;
          agencyCode: string;
        }[],
      },
      {
        onSuccess: (u) => {
          setDone(t("users.created", { username: u.username }));
          setForm(EMPTY);
          setGrants([newRow()]);
        },
      },
    );
  };

  return (
    <form className="form" onSubmit={submit}>
      {create.isError && <ErrorBox error={create.error} />}
      {done && <Success>{done}</Success>}
      <TextField label={t("users.fullName")} required {...bind("fullName")} autoComplete="off" />
      <TextField
        label={t("users.username")}
        hint={t("users.usernameHint")}
        required
        {...bind("username")}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
      />
      <TextField
        label={t("users.password")}
        hint={t("users.passwordHint")}
        type="password"
        required
        minLength={10}
        {...bind("password")}
        autoComplete="new-password"
      />
      <div className="row">
        <TextField label={t("users.email")} type="email" {...bind("email")} />
        <TextField label={t("users.phone")} type="tel" {...bind("phone")} />
      </div>
      <fieldset className="fieldset">
        <legend>{t("users.grants")}</legend>
        {grants.map((g, i) => (
          <div className="row row-end" key={g.id}>
            <SelectField
              label={`${t("users.role")} ${i + 1}`}
              required
              value={g.role}
              onValue={(v) => setGrant(i, "role", v)}
              error={err(`grants.${i}`)}
            >
              <option value="">—</option>
              <Options items={roles} value={(r) => r.id} label={(r) => r[lang]} />
            </SelectField>
            <SelectField
              label={`${t("users.agency")} ${i + 1}`}
              required
              value={g.agencyCode}
              onValue={(v) => setGrant(i, "agencyCode", v)}
            >
              <option value="">—</option>
              <Options items={live} value={(a) => a.code} label={(a) => a.name} />
            </SelectField>
            {grants.length > 1 && (
              <Button
                variant="link"
                small
                onClick={() => setGrants((gs) => gs.filter((_, j) => j !== i))}
                aria-label={t("users.removeGrant", { n: i + 1 })}
              >
                {t("common.remove")}
              </Button>
            )}
          </div>
        ))}
        <Button variant="secondary" small onClick={() => setGrants((gs) => [...gs, newRow()])}>
          + {t("users.addGrant")}
        </Button>
      </fieldset>
      <Button type="submit" busy={create.isPending}>
        {t("users.create")}
      </Button>
    </form>
  );
}
