// Paying a dossier's fees online: the VietQR transfer (any banking app) or the payment gateway.
// The look-up secret proves the dossier is the citizen's; it goes in the request body only.
import { type FormEvent, useState } from "react";
import { usePayByGateway, usePaymentRequest, vietQrPngUrl } from "../../api/payments.ts";
import { useI18n } from "../../i18n/index.tsx";
import { useLocation } from "../../router.tsx";
import { Button } from "../../ui/Button.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { Page, Section } from "../../ui/Page.tsx";
import { Loading } from "../../ui/Status.tsx";
import { CodeField } from "../public/CodeSecret.tsx";

export const money = (lang: string, n: number) =>
  `${n.toLocaleString(lang === "en" ? "en-US" : "vi-VN")} đ`;

export function Pay() {
  const { t, lang } = useI18n();
  const { query } = useLocation();
  const [code, setCode] = useState(query.get("ma") ?? "");
  const [asked, setAsked] = useState<string | null>(query.get("ma"));
  const [secret, setSecret] = useState("");
  const p = usePaymentRequest(asked);
  const pay = usePayByGateway();
  const find = (e: FormEvent) => {
    e.preventDefault();
    if (code.trim()) setAsked(code.trim().toUpperCase());
  };
  const r = p.data;
  return (
    <Page title={t("pay.title")} lead={t("pay.lead")}>
      <form className="card form" onSubmit={find}>
        <CodeField label={t("lookup.code")} value={code} onValue={setCode} />
        <Button type="submit">{t("pay.find")}</Button>
      </form>
      {p.isFetching && <Loading />}
      {p.isError && <ErrorBox error={p.error} />}
      {r && r.amount === 0 && (
        <p className="alert alert-success" role="status">
          {r.paidOnline ? t("pay.paid") : t("pay.nothing")}
        </p>
      )}
      {r && r.amount > 0 && r.account && (
        <div className="split">
          <Section title={t("pay.vietqr")} id="vietqr">
            <img
              src={vietQrPngUrl(r.code)}
              alt={t("pay.qrAlt", { code: r.code })}
              width={240}
              height={240}
            />
            <dl className="facts">
              <dt>{t("pay.amount")}</dt>
              <dd>
                <strong data-testid="pay-amount">{money(lang, r.amount)}</strong>
              </dd>
              <dt>{t("pay.bank")}</dt>
              <dd>{r.account.bankName}</dd>
              <dt>{t("pay.account")}</dt>
              <dd>
                <code>{r.account.accountNo}</code> — {r.account.accountName}
              </dd>
              <dt>{t("pay.purpose")}</dt>
              <dd>
                <code>{r.code}</code>
              </dd>
            </dl>
            <p className="hint">{t("pay.vietqrHint")}</p>
          </Section>
          {r.gateway && (
            <Section title={t("pay.gateway")} id="gateway">
              <form
                className="form"
                onSubmit={(e) => {
                  e.preventDefault();
                  pay.mutate({ code: r.code, secret: secret.trim() });
                }}
              >
                <CodeField
                  label={t("lookup.secret")}
                  hint={t("lookup.secretHint")}
                  value={secret}
                  onValue={setSecret}
                />
                {pay.isError && <ErrorBox error={pay.error} />}
                <Button type="submit" busy={pay.isPending}>
                  {t("pay.toGateway", { amount: money(lang, r.amount) })}
                </Button>
              </form>
            </Section>
          )}
        </div>
      )}
    </Page>
  );
}

export function PayResult() {
  const { t } = useI18n();
  const { query } = useLocation();
  const code = query.get("ma");
  const outcome = query.get("kq");
  const p = usePaymentRequest(code);
  const paid = p.data?.paidOnline === 2 && p.data.amount === 0;
  return (
    <Page title={t("pay.resultTitle")}>
      {p.isFetching && <Loading />}
      <div className={`card done-card ${paid ? "done-ok" : ""}`} role="status">
        <p data-testid="pay-result">
          {paid
            ? t("pay.done", { code: code ?? "" })
            : outcome === "invalid"
              ? t("pay.invalid")
              : t("pay.notDone")}
        </p>
        {code && !paid && (
          <a className="btn btn-primary" href={`/thanh-toan?ma=${encodeURIComponent(code)}`}>
            {t("pay.again")}
          </a>
        )}
        {code && (
          <a className="btn" href={`/tra-cuu?ma=${encodeURIComponent(code)}`}>
            {t("online.lookup")}
          </a>
        )}
      </div>
    </Page>
  );
}
