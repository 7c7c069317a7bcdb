// After the counter's decision: the dossier code and look-up code for the applicant, the
// appointment date, and the form to print (01 receipt, 02 completion request, 03 refusal).
import { useEffect, useRef } from "react";
import { type ActionResult, formUrl } from "../../api/dossiers.ts";
import { formatDateTime, useI18n } from "../../i18n/index.tsx";
import { Link } from "../../router.tsx";
import { Button } from "../../ui/Button.tsx";
import { Page } from "../../ui/Page.tsx";

const FORM = { receive: "01", "request-completion": "02", "refuse-intake": "03" } as const;

export function IntakeDone({
  result,
  decision,
  onNext,
}: {
  result: ActionResult & { secret: string };
  decision: keyof typeof FORM;
  onNext(): void;
}) {
  const { t, lang } = useI18n();
  const d = result.dossier;
  const print = useRef<HTMLAnchorElement>(null);
  useEffect(() => print.current?.focus(), []);
  const title =
    decision === "receive"
      ? t("intake.received", { code: d.code })
      : decision === "request-completion"
        ? t("intake.completionRequested", { code: d.code })
        : t("intake.refused", { code: d.code });
  return (
    <Page title={t("intake.title")}>
      <div
        className={`card done-card ${decision === "receive" ? "done-ok" : "done-warn"}`}
        role="status"
      >
        <h2>{title}</h2>
        <p className="big-code">
          <code>{d.code}</code>
        </p>
        <p>{t("intake.secretNote", { secret: result.secret })}</p>
        {d.dueAt && <p>{t("intake.dueNote", { date: formatDateTime(lang, d.dueAt) })}</p>}
        {result.warning && <p className="alert alert-warn">{result.warning[lang]}</p>}
        <div className="row">
          <a
            ref={print}
            className="btn btn-primary"
            href={formUrl(d.code, FORM[decision])}
            target="_blank"
            rel="noopener"
          >
            {decision === "receive" ? t("intake.printReceipt") : t("intake.printForm")}
          </a>
          <Link className="btn btn-secondary" to={`/ho-so/${encodeURIComponent(d.code)}`}>
            {t("intake.openDossier")}
          </Link>
          <Button variant="ghost" onClick={onNext}>
            {t("intake.next")}
          </Button>
        </div>
      </div>
    </Page>
  );
}
