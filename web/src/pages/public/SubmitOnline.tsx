// Citizen's online submission (channel 2): the same intake path as the national portal's inbound
// dossiers. The result is the dossier code and the look-up code, to keep.
import { type FormEvent, useEffect, useState } from "react";
import { useProcedure } from "../../api/catalog.ts";
import { useCitizen, useSubmitAsCitizen, vneidLoginUrl } from "../../api/citizen.ts";
import { useSubmitOnline } from "../../api/dossiers.ts";
import { useAgencies } from "../../api/identity.ts";
import { useI18n } from "../../i18n/index.tsx";
import { navigate } from "../../router.tsx";
import { Button } from "../../ui/Button.tsx";
import { EForm, type FormValues, type Schema, toFormData } from "../../ui/EForm.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { byCodeAndName, PickField } from "../../ui/Filters.tsx";
import { Page, Section } from "../../ui/Page.tsx";
import { Loading } from "../../ui/Status.tsx";
import { ComponentUploads, type FilesByComponent, withFiles } from "../files/ComponentUploads.tsx";
import * as applicantForm from "../intake/ApplicantFields.tsx";
import { submittedPath } from "./Submitted.tsx";

export function SubmitOnline({ params }: { params: Record<string, string> }) {
  const { t } = useI18n();
  const proc = useProcedure(params.code);
  const agencies = useAgencies();
  const me = useCitizen();
  const verified = me.data?.signedIn === true;
  // Signed in with VNeID: the verified path (the server takes the identity from the session).
  const anonymous = useSubmitOnline();
  const asCitizen = useSubmitAsCitizen();
  const submit = verified ? asCitizen : anonymous;
  const [applicant, setApplicant] = useState<applicantForm.ApplicantState>(
    applicantForm.EMPTY_APPLICANT,
  );
  const [agency, setAgency] = useState("");
  const [files, setFiles] = useState<FilesByComponent>({});
  const [consent, setConsent] = useState(false);
  const [form, setForm] = useState<FormValues>({});
  useEffect(() => {
    const c = me.data;
    if (c?.signedIn)
      setApplicant((a) => ({
        ...a,
        name: c.name ?? a.name,
        idNumber: c.personalId ?? a.idNumber,
        phone: a.phone || (c.phone ?? ""),
        email: a.email || (c.email ?? ""),
        address: a.address || (c.address ?? ""),
      }));
  }, [me.data]);
  // The e-form's fields about the applicant's own person, filled from what VNeID asserted
  // (data the State already holds is not asked again: Decree 45/2020/NĐ-CP, Art. 9).
  const formProps = (proc.data?.eForm as Schema | null | undefined)?.properties;
  useEffect(() => {
    const c = me.data;
    if (!c?.signedIn || !formProps) return;
    const known: Record<string, string | null | undefined> = {
      ngaySinh: c.birthdate,
      noiCuTru: c.address,
    };
    setForm((f) => {
      const out = { ...f };
      for (const [k, v] of Object.entries(known)) if (k in formProps && v && !out[k]) out[k] = v;
      return out;
    });
  }, [me.data, formProps]);
  if (proc.isPending) return <Loading />;
  if (proc.isError) return <ErrorBox error={proc.error} onRetry={() => proc.refetch()} />;
  const p = proc.data;
  const several = p.agencies.length > 1;
  const options = (agencies.data ?? []).filter((a) => p.agencies.includes(a.code) && !a.mergedInto);
  const eForm = p.eForm as Schema | null;
  const send = (e: FormEvent) => {
    e.preventDefault();
    submit.mutate(
      {
        procedure: p.code,
        agency: several && agency ? agency : undefined,
        applicant: applicantForm.toApplicant(applicant, several && agency ? agency : undefined),
        components: withFiles(files),
        formData: eForm
          ? toFormData(eForm, applicantForm.withApplicant(eForm.properties, form, applicant))
          : {},
      },
      {
        // The confirmation keeps what the server answered with its history entry: a reload
        // shows it again, and the secret never goes into the address.
        onSuccess: (r) =>
          navigate(submittedPath(r.code), {
            state: { submitted: { ...r, procedure: p.code, procedureName: p.name } },
          }),
      },
    );
  };
  return (
    <Page title={t("online.title")} lead={p.name}>
      <p className="lead">{t("online.lead")}</p>
      {verified ? (
        <p className="alert alert-success" data-testid="vneid-verified">
          {t("vneid.verified")}: {me.data?.name}. {t("vneid.prefilled")}
        </p>
      ) : (
        <p>
          <a className="btn" href={vneidLoginUrl(`/nop-truc-tuyen/${params.code}`)}>
            {t("vneid.signIn")}
          </a>
        </p>
      )}
      <form onSubmit={send} className="stack">
        <Section title={t("dossier.applicant")} id="applicant">
          <applicantForm.ApplicantFields
            value={applicant}
            onChange={setApplicant}
            error={submit.error}
            formRequired={eForm?.required}
          />
          {several && (
            <PickField
              label={t("intake.agency")}
              items={options}
              {...byCodeAndName}
              empty={t("intake.chooseAgency")}
              hint={t("intake.agencyHint")}
              required
              value={agency}
              onValue={setAgency}
            />
          )}
        </Section>
        {eForm && (
          <Section title={t("intake.eform")} id="eform">
            <EForm
              schema={eForm}
              values={form}
              onChange={setForm}
              error={submit.error}
              skip={new Set(Object.keys(applicantForm.FROM_APPLICANT))}
            />
          </Section>
        )}
        <Section title={t("catalog.components")} id="components">
          <ComponentUploads components={p.components} value={files} onChange={setFiles} />
        </Section>
        <div className="card">
          <div className="check">
            <input
              id="consent"
              type="checkbox"
              required
              checked={consent}
              onChange={(e) => setConsent(e.target.checked)}
            />
            <label htmlFor="consent">{t("online.consent")}</label>
          </div>
          {submit.isError && <ErrorBox error={submit.error} />}
          <Button type="submit" busy={submit.isPending} disabled={!consent}>
            {t("online.submit")}
          </Button>
        </div>
      </form>
    </Page>
  );
}
