// The confirmation of an online submission: the dossier code and the look-up secret, the expected
// appointment and what happens next. It is kept with the browser's history entry (state the server
// answered), so a reload shows it again; the address holds the dossier code only.
import type { SubmissionConfirmation } from "../../api/dossiers.ts";
import { formatDateTime, useI18n } from "../../i18n/index.tsx";
import { Link } from "../../router.tsx";
import { Page } from "../../ui/Page.tsx";
import { money } from "../payment/Pay.tsx";

export const submittedPath = (code: string) => `/nop-truc-tuyen/da-nop/${encodeURIComponent(code)}`;

type Kept = SubmissionConfirmation & { procedure: string; procedureName: string };

function kept(code: string): Kept | null {
  const s = (window.history.state as { submitted?: Kept } | null)?.submitted;
  return s && s.code === code ? s : null;
}

export function Submitted({ params }: { params: Record<string, string> }) {
  const { t, lang } = useI18n();
  const code = params.code;
  const s = kept(code);
  const lookup = `/tra-cuu?ma=${encodeURIComponent(code)}`;
  return (
    <Page title={t("online.done")} lead={s ? s.procedureName : t("online.doneLead")}>
      <div className="card done-card done-ok" role="status">
        {s && <p>{t("online.doneLead")}</p>}
        <dl className="facts big-facts">
          <dt>{t("lookup.code")}</dt>
          <dd>
            <code className="big-code">{code}</code>
          </dd>
          {s && (
            <>
              <dt>{t("lookup.secret")}</dt>
              <dd>
                <code className="big-code">{s.secret}</code>
              </dd>
              <dt>{t("online.submittedAt")}</dt>
              <dd>{formatDateTime(lang, s.submittedAt)}</dd>
              <dt>{t("online.expectedDue")}</dt>
              <dd>
                <strong data-testid="expected-due">
                  {formatDateTime(lang, s.expectedDueAt) || "—"}
                </strong>
                <br />
                <span className="hint">{t("online.expectedDueHint")}</span>
              </dd>
            </>
          )}
        </dl>
        {!s && <p className="alert">{t("online.secretElsewhere")}</p>}
      </div>
      <section className="card" aria-labelledby="next-h">
        <h2 id="next-h">{t("online.nextTitle")}</h2>
        <ol className="stack">
          <li>{t("online.next")}</li>
          {s && s.amountDue > 0 && (
            <li>{t("online.nextPay", { amount: money(lang, s.amountDue) })}</li>
          )}
          <li>{t("online.nextResult")}</li>
        </ol>
        <p className="actions">
          {s && s.amountDue > 0 && (
            <Link className="btn btn-primary" to={`/thanh-toan?ma=${encodeURIComponent(code)}`}>
              {t("online.pay")}
            </Link>
          )}{" "}
          <Link className="btn" to={lookup}>
            {t("online.lookup")}
          </Link>{" "}
          <button type="button" className="btn no-print" onClick={() => window.print()}>
            {t("online.print")}
          </button>
        </p>
      </section>
    </Page>
  );
}
