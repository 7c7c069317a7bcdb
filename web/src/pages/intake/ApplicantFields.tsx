import type { Applicant } from "../../api/dossiers.ts";
import { useI18n } from "../../i18n/index.tsx";
import { fieldError, SelectField, TextField } from "../../ui/Field.tsx";
import { PopulationLookup } from "./PopulationLookup.tsx";

type TextKey = "name" | "idNumber" | "phone" | "email" | "address" | "representative";

export interface ApplicantState extends Required<Pick<Applicant, TextKey>> {
  kind: "citizen" | "organisation";
  resultToPersonalStore: boolean;
  resultByPost: boolean;
  notify: NoticeChannel[];
  /** The population-database look-up the details came from, while the ID is unchanged. */
  populationLookup: string | null;
}

type NoticeChannel = "email" | "sms" | "zalo";
const NOTICE_CHANNELS: NoticeChannel[] = ["email", "sms", "zalo"];

export const EMPTY_APPLICANT: ApplicantState = {
  name: "",
  idNumber: "",
  phone: "",
  email: "",
  address: "",
  representative: "",
  kind: "citizen",
  resultToPersonalStore: false,
  resultByPost: false,
  notify: [],
  populationLookup: null,
};

/** The applicant as the API takes it: empty fields left out. */
export function toApplicant(a: ApplicantState, communeCode?: string): Applicant {
  const out: Applicant = { name: a.name.trim(), kind: a.kind };
  for (const k of ["idNumber", "phone", "email", "address", "representative"] as const) {
    const v = a[k].trim();
    if (v) out[k] = k === "idNumber" ? v.toUpperCase() : v;
  }
  if (communeCode) out.communeCode = communeCode;
  if (a.resultToPersonalStore && a.kind === "citizen") out.resultToPersonalStore = true;
  if (a.resultByPost) out.resultByPost = true;
  if (a.notify.length) out.notify = a.notify;
  return out;
}

interface Props {
  value: ApplicantState;
  onChange(a: ApplicantState): void;
  error: unknown;
  /** The e-form's required properties: those the applicant's details answer become required here. */
  formRequired?: string[];
  /** Offer the population-database look-up (the counter). */
  lookup?: boolean;
}

export function ApplicantFields({
  value,
  onChange,
  error,
  formRequired = [],
  lookup = false,
}: Props) {
  const { t, lang } = useI18n();
  const set = (k: TextKey | "kind") => (e: { target: { value: string } }) =>
    onChange({
      ...value,
      [k]: e.target.value,
      // Another personal ID is another person: the look-up no longer stands for it.
      ...(k === "idNumber" ? { populationLookup: null } : {}),
    });
  const formKey = (f: TextKey) => Object.entries(FROM_APPLICANT).find(([, v]) => v === f)?.[0];
  const err = (f: TextKey) =>
    fieldError(error, `applicant.${f}`, lang) ??
    (formKey(f) ? fieldError(error, `formData.${formKey(f)}`, lang) : null);
  const req = (f: TextKey) => f === "name" || formRequired.includes(formKey(f) ?? "");
  // An organisation is named by its name, tax code, head office and legal representative.
  const org = value.kind === "organisation";
  return (
    <>
      <div className="row">
        <SelectField label={t("intake.kind")} value={value.kind} onChange={set("kind")}>
          <option value="citizen">{t("intake.kind.citizen")}</option>
          <option value="organisation">{t("intake.kind.organisation")}</option>
        </SelectField>
        <TextField
          label={t(org ? "dossier.org.name" : "dossier.name")}
          required={req("name")}
          value={value.name}
          onChange={set("name")}
          error={err("name")}
          autoComplete="off"
        />
      </div>
      <div className="row">
        <TextField
          label={t(org ? "dossier.org.taxCode" : "dossier.idNumber")}
          required={req("idNumber")}
          value={value.idNumber}
          onChange={set("idNumber")}
          error={err("idNumber")}
          inputMode={org ? "text" : "numeric"}
          autoComplete="off"
        />
        <TextField
          label={t("dossier.phone")}
          required={req("phone")}
          type="tel"
          value={value.phone}
          onChange={set("phone")}
          error={err("phone")}
          autoComplete="off"
        />
        <TextField
          label={t("dossier.email")}
          required={req("email")}
          type="email"
          value={value.email}
          onChange={set("email")}
          error={err("email")}
          autoComplete="off"
        />
      </div>
      {lookup && !org && (
        <PopulationLookup
          personalId={value.idNumber}
          done={!!value.populationLookup}
          onFound={(token, p) =>
            onChange({
              ...value,
              name: p.name,
              address: p.permanentAddress,
              populationLookup: token,
            })
          }
        />
      )}
      <TextField
        label={t(org ? "dossier.org.address" : "dossier.address")}
        required={req("address")}
        value={value.address}
        onChange={set("address")}
        error={err("address")}
        autoComplete="off"
      />
      {org && (
        <TextField
          label={t("dossier.org.representative")}
          value={value.representative}
          onChange={set("representative")}
        />
      )}
      {!org && (
        // Decree 45/2020/NĐ-CP Art. 16: results kept in the person's own data store for reuse.
        <div className="check">
          <input
            id="applicant-personal-store"
            type="checkbox"
            checked={value.resultToPersonalStore}
            onChange={(e) => onChange({ ...value, resultToPersonalStore: e.target.checked })}
          />
          <label htmlFor="applicant-personal-store">{t("store.choose")}</label>
        </div>
      )}
      <div className="check">
        <input
          id="applicant-by-post"
          type="checkbox"
          checked={value.resultByPost}
          onChange={(e) => onChange({ ...value, resultByPost: e.target.checked })}
        />
        <label htmlFor="applicant-by-post">{t("post.choose")}</label>
      </div>
      <fieldset className="fieldset">
        <legend>{t("intake.notify")}</legend>
        {NOTICE_CHANNELS.map((ch) => (
          <div className="check" key={ch}>
            <input
              id={`applicant-notify-${ch}`}
              type="checkbox"
              checked={value.notify.includes(ch)}
              onChange={(e) =>
                onChange({
                  ...value,
                  notify: e.target.checked
                    ? [...value.notify, ch]
                    : value.notify.filter((x) => x !== ch),
                })
              }
            />
            <label htmlFor={`applicant-notify-${ch}`}>{t(`intake.notify.${ch}`)}</label>
          </div>
        ))}
      </fieldset>
    </>
  );
}

/** E-form properties the applicant's details already answer (the demo catalogue's names). */
export const FROM_APPLICANT: Record<string, TextKey> = {
  hoTen: "name",
  soDinhDanh: "idNumber",
  soDienThoai: "phone",
  diaChi: "address",
  email: "email",
};

/** The e-form values with the applicant's details filled in where the form asks for them. */
export function withApplicant(
  props: Record<string, unknown> | undefined,
  values: Record<string, string | boolean>,
  a: ApplicantState,
) {
  const out = { ...values };
  for (const [k, from] of Object.entries(FROM_APPLICANT))
    if (props && k in props && a[from].trim()) out[k] = a[from].trim();
  return out;
}
