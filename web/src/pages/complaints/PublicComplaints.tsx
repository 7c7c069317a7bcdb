// "Phản ánh, kiến nghị" for citizens and businesses: send one (about a dossier or in general),
// keep the code and secret, look it up later, give requested information and rate the answer.
import { type FormEvent, useState } from "react";
import {
  type PublicComplaint,
  useComplaintLookup,
  useProvideInfo,
  useRateAnswer,
} from "../../api/complaints.ts";
import { formatDateTime, useI18n } from "../../i18n/index.tsx";
import { useLocation } from "../../router.tsx";
import { Button } from "../../ui/Button.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { TextArea } from "../../ui/Field.tsx";
import { Page, Section } from "../../ui/Page.tsx";
import { Success } from "../../ui/Status.tsx";
import { CodeSecretForm, LookupStatus, useCodeSecret } from "../public/CodeSecret.tsx";
import { ComplaintForm } from "./ComplaintForm.tsx";
import { ComplaintSteps } from "./ComplaintSteps.tsx";

export default function PublicComplaints() {
  const { t } = useI18n();
  const { query } = useLocation();
  const [sent, setSent] = useState<{ code: string; secret: string } | null>(null);
  const s = useCodeSecret(query.get("ma") ?? "");
  const { asked } = s;
  const r = useComplaintLookup(asked);
  return (
    <Page title={t("pakn.title")} lead={t("pakn.lead")}>
      <div className="split">
        <Section title={t("pakn.send")} id="pakn-send">
          {sent ? (
            <div className="stack" aria-live="polite">
              <Success>{t("pakn.sent")}</Success>
              <dl className="facts big-facts">
                <dt>{t("pakn.code")}</dt>
                <dd className="big-code">{sent.code}</dd>
                <dt>{t("pakn.secret")}</dt>
                <dd className="big-code">{sent.secret}</dd>
              </dl>
              <p className="hint">{t("pakn.keep")}</p>
              <div className="action-buttons">
                <Button
                  onClick={() => {
                    s.setCode(sent.code);
                    s.setSecret(sent.secret);
                    s.setAsked(sent);
                  }}
                >
                  {t("pakn.lookNow")}
                </Button>
                <Button variant="secondary" onClick={() => setSent(null)}>
                  {t("pakn.another")}
                </Button>
              </div>
            </div>
          ) : (
            <ComplaintForm onDone={(c) => setSent({ code: c.code, secret: c.secret })} />
          )}
        </Section>
        <div className="stack">
          <search className="card">
            <h2 id="pakn-look-h">{t("pakn.lookup")}</h2>
            <CodeSecretForm
              s={s}
              labelledBy="pakn-look-h"
              codeLabel={t("pakn.code")}
              secretLabel={t("pakn.secret")}
              secretMax={64}
              busy={r.isFetching}
              submit={t("lookup.submit")}
            />
          </search>
          <div aria-live="polite">
            <LookupStatus r={r} notFound={t("pakn.notFound")} />
            {r.data && asked && <ComplaintResult c={r.data} secret={asked.secret} />}
          </div>
        </div>
      </div>
    </Page>
  );
}

function ComplaintResult({ c, secret }: { c: PublicComplaint; secret: string }) {
  const { t, lang } = useI18n();
  return (
    <Section title={t("pakn.result")} id="pakn-result">
      <p className="lookup-code">
        <code>{c.code}</code> <span className="badge badge-info">{c.stateName[lang]}</span>
      </p>
      <dl className="facts">
        <dt>{t("pakn.receivedAt")}</dt>
        <dd>{formatDateTime(lang, c.receivedAt)}</dd>
        <dt>{t("pakn.class")}</dt>
        <dd>{t(`pakn.class.${c.class}`)}</dd>
        {c.dossierCode && (
          <>
            <dt>{t("pakn.dossierCode")}</dt>
            <dd>
              <code>{c.dossierCode}</code>
            </dd>
          </>
        )}
        {c.title && (
          <>
            <dt>{t("pakn.titleField")}</dt>
            <dd>{c.title}</dd>
          </>
        )}
        <dt>{t("pakn.content")}</dt>
        <dd className="prewrap">{c.content}</dd>
      </dl>
      <h3>{t("pakn.limits")}</h3>
      <ComplaintSteps steps={c.steps} />
      {c.refuseReason && (
        <div className="alert alert-warn">
          <p className="alert-title">{t("pakn.refused")}</p>
          <p className="prewrap">{c.refuseReason}</p>
        </div>
      )}
      {c.infoRequests.length > 0 && (
        <>
          <h3>{t("pakn.infoRequests")}</h3>
          <ul className="note-list">
            {c.infoRequests.map((i) => (
              <li key={i.at}>
                <p className="prewrap">{i.text}</p>
                <p className="muted small">{formatDateTime(lang, i.at)}</p>
                {i.answer && (
                  <p className="prewrap">
                    <strong>{t("pakn.yourInfo")}:</strong> {i.answer}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {c.state === "info-requested" && <ProvideInfo code={c.code} secret={secret} />}
      {c.answer && (
        <div className="answer">
          <h3>{t("pakn.answer")}</h3>
          <p className="prewrap">{c.answer}</p>
        </div>
      )}
      {(c.state === "published" || c.state === "rated") && <Rate c={c} secret={secret} />}
      {c.state === "answered" && <p className="hint">{t("pakn.rateLater")}</p>}
    </Section>
  );
}

function ProvideInfo({ code, secret }: { code: string; secret: string }) {
  const { t } = useI18n();
  const give = useProvideInfo(code);
  const [text, setText] = useState("");
  return (
    <form
      className="form subform"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) give.mutate({ secret, text: text.trim() });
      }}
    >
      <TextArea
        label={t("pakn.provideInfo")}
        required
        rows={3}
        value={text}
        onValue={setText}
        maxLength={5000}
      />
      {give.isError && <ErrorBox error={give.error} />}
      <Button type="submit" busy={give.isPending}>
        {t("pakn.sendInfo")}
      </Button>
    </form>
  );
}

function Rate({ c, secret }: { c: PublicComplaint; secret: string }) {
  const { t } = useI18n();
  const rate = useRateAnswer(c.code);
  const [reaction, setReaction] = useState<"like" | "dislike" | "">(c.complainantReaction ?? "");
  const [again, setAgain] = useState("");
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!reaction) return;
    rate.mutate({
      secret,
      reaction,
      raiseAgain: reaction === "dislike" && again.trim() ? { content: again.trim() } : undefined,
    });
  };
  return (
    <form className="form subform" onSubmit={submit}>
      <fieldset className="radio-row">
        <legend>{t("pakn.rate")}</legend>
        {(["like", "dislike"] as const).map((r) => (
          <div className="check" key={r}>
            <input
              type="radio"
              id={`rate-${r}`}
              name="rate"
              checked={reaction === r}
              onChange={() => setReaction(r)}
            />
            <label htmlFor={`rate-${r}`}>{t(`pakn.rate.${r}`)}</label>
          </div>
        ))}
      </fieldset>
      {reaction === "dislike" && (
        <TextArea
          label={t("pakn.raiseAgain")}
          hint={t("pakn.raiseAgainHint")}
          rows={3}
          value={again}
          onValue={setAgain}
          maxLength={5000}
        />
      )}
      {rate.isError && <ErrorBox error={rate.error} />}
      {rate.isSuccess && <Success>{t("pakn.rated")}</Success>}
      <Button type="submit" busy={rate.isPending} disabled={!reaction}>
        {t("pakn.sendRating")}
      </Button>
    </form>
  );
}
