// The counter's certified-copy register: certify a copy from its original (on paper, or an
// electronic copy made from the scan and signed by the agency), and the register of the period.
import { type FormEvent, useState } from "react";
import {
  fileBase64,
  type Period,
  registerXlsxUrl,
  useCertify,
  useRegister,
  useSigners,
} from "../../api/certification.ts";
import { useMe } from "../../api/identity.ts";
import { formatDate, useI18n } from "../../i18n/index.tsx";
import { Button } from "../../ui/Button.tsx";
import { todayVn } from "../../ui/dates.ts";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import {
  CheckField,
  DateField,
  fieldError,
  Options,
  SelectField,
  TextField,
} from "../../ui/Field.tsx";
import { Page, Section } from "../../ui/Page.tsx";
import { Loading } from "../../ui/Status.tsx";

function CertifyForm({ agency }: { agency: string }) {
  const { t, lang } = useI18n();
  const signers = useSigners(agency);
  const certify = useCertify();
  const [electronic, setElectronic] = useState(true);
  const [file, setFile] = useState<File | null>(null);
  const err = (f: string) => fieldError(certify.error, f, lang) ?? undefined;
  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    certify.mutate({
      agency,
      requesterName: String(f.get("requesterName") ?? ""),
      documentName: String(f.get("documentName") ?? ""),
      copies: Number(f.get("copies") ?? 1),
      ...(electronic
        ? { original: file ? { name: file.name, base64: await fileBase64(file) } : undefined }
        : { pages: Number(f.get("pages") ?? 1) }),
      electronic,
      signer: String(f.get("signer") ?? ""),
    });
  }
  const list = signers.data?.items ?? [];
  return (
    <Section title={t("cert.new")} id="cert-new">
      <form onSubmit={submit} className="stack">
        <TextField
          name="requesterName"
          label={t("cert.requester")}
          required
          maxLength={200}
          error={err("requesterName")}
        />
        <TextField
          name="documentName"
          label={t("cert.document")}
          required
          maxLength={300}
          error={err("documentName")}
        />
        <TextField
          name="copies"
          label={t("cert.copies")}
          type="number"
          min={1}
          max={100}
          defaultValue={1}
          required
          error={err("copies")}
        />
        <CheckField
          id="cert-electronic"
          label={t("cert.electronic")}
          checked={electronic}
          onCheck={setElectronic}
        />
        {electronic ? (
          <div className="field">
            <label htmlFor="cert-original">{t("cert.original")}</label>
            <input
              id="cert-original"
              type="file"
              accept="application/pdf,image/png,image/jpeg"
              required
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
            {err("original") && <p className="field-error">{err("original")}</p>}
          </div>
        ) : (
          <TextField
            name="pages"
            label={t("cert.pages")}
            type="number"
            min={1}
            max={2000}
            defaultValue={1}
            required
            error={err("pages")}
          />
        )}
        {signers.isError ? (
          <ErrorBox error={signers.error} />
        ) : list.length === 0 && !signers.isLoading ? (
          <p>{t("cert.noSigner")}</p>
        ) : (
          <SelectField name="signer" label={t("cert.signer")} required error={err("signer")}>
            <Options
              items={list}
              value={(s) => s.username}
              label={(s) => (
                <>
                  {s.name} — {s.title}
                </>
              )}
            />
          </SelectField>
        )}
        {certify.isError && <ErrorBox error={certify.error} />}
        {certify.data && (
          <p role="status" className="ok">
            {t("cert.done", {
              n: certify.data.number,
              book: certify.data.book,
              fee: certify.data.fee.toLocaleString("vi-VN"),
            })}{" "}
            {certify.data.file && (
              <a href={certify.data.file} target="_blank" rel="noreferrer">
                {t("cert.open")}
              </a>
            )}
          </p>
        )}
        <Button type="submit" busy={certify.isPending} disabled={list.length === 0}>
          {t("cert.submit")}
        </Button>
      </form>
    </Section>
  );
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function Register({ agency }: { agency: string }) {
  const { t, lang } = useI18n();
  const today = todayVn();
  const [period, setPeriod] = useState<Period>({
    agency,
    from: `${today.slice(0, 8)}01`,
    to: today,
  });
  const reg = useRegister(period);
  const rows = reg.data?.items ?? [];
  return (
    <Section title={t("cert.register")} id="cert-register">
      <div className="row">
        <DateField
          label={t("cert.from")}
          value={period.from}
          onValue={(v) => ISO.test(v) && setPeriod({ ...period, from: v })}
        />
        <DateField
          label={t("cert.to")}
          value={period.to}
          onValue={(v) => ISO.test(v) && setPeriod({ ...period, to: v })}
        />
        <a className="button secondary" href={registerXlsxUrl(period)}>
          {t("cert.xlsx")}
        </a>
      </div>
      {reg.isError ? (
        <ErrorBox error={reg.error} onRetry={() => reg.refetch()} />
      ) : reg.isLoading ? (
        <Loading />
      ) : rows.length === 0 ? (
        <p>{t("cert.empty")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t("cert.col.number")}</th>
              <th>{t("cert.col.date")}</th>
              <th>{t("cert.col.requester")}</th>
              <th>{t("cert.col.document")}</th>
              <th>{t("cert.col.kind")}</th>
              <th>{t("cert.col.fee")}</th>
              <th>{t("cert.col.signer")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>
                  {r.number}/{r.book}
                </td>
                <td>{formatDate(lang, r.certifiedAt)}</td>
                <td>{r.requesterName}</td>
                <td>{r.documentName}</td>
                <td>
                  {r.file ? (
                    <a href={r.file} target="_blank" rel="noreferrer">
                      {t("cert.kind.electronic")}
                    </a>
                  ) : (
                    t("cert.kind.paper")
                  )}
                </td>
                <td>{r.fee.toLocaleString("vi-VN")}</td>
                <td>{r.signer.name}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}

export default function CertifiedCopies() {
  const { t } = useI18n();
  const me = useMe();
  const agency = me.data?.activeAgency ?? null;
  return (
    <Page title={t("cert.title")} lead={t("cert.lead")}>
      {me.isLoading ? (
        <Loading />
      ) : !agency ? (
        <p>{t("cert.noAgency")}</p>
      ) : (
        <>
          <CertifyForm agency={agency} />
          <Register agency={agency} />
        </>
      )}
    </Page>
  );
}
