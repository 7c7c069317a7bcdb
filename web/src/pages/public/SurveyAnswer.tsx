// The public answer page of a satisfaction survey. The single-use token is read from the URL's
// fragment (never sent to a server in a request line) and posted in the request body; the page
// asks each question on its scale and sends the answers once, anonymously.
import { useState } from "react";
import { useAnswerSurvey, useOpenSurvey } from "../../api/surveys.ts";
import { useI18n } from "../../i18n/index.tsx";
import { Button } from "../../ui/Button.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { TextArea } from "../../ui/Field.tsx";
import { Page } from "../../ui/Page.tsx";
import { Loading, Success } from "../../ui/Status.tsx";

const tokenOf = () => (typeof location === "undefined" ? "" : location.hash.replace(/^#/, ""));

export default function SurveyAnswer() {
  const { t, lang } = useI18n();
  const [token] = useState(tokenOf);
  const q = useOpenSurvey(token);
  const send = useAnswerSurvey();
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [comment, setComment] = useState("");
  if (!token)
    return (
      <Page title={t("survey.answer.title")}>
        <p className="alert alert-error">{t("survey.answer.noToken")}</p>
      </Page>
    );
  if (send.isSuccess)
    return (
      <Page title={t("survey.answer.title")}>
        <Success>{t("survey.answer.thanks")}</Success>
      </Page>
    );
  return (
    <Page title={q.data?.title ?? t("survey.answer.title")} lead={t("survey.answer.lead")}>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorBox error={q.error} />
      ) : (
        <form
          className="card"
          onSubmit={(e) => {
            e.preventDefault();
            send.mutate({ token, answers, comment: comment || undefined });
          }}
        >
          {q.data.questions.map((question) => (
            <fieldset className="radio-row" key={question.id}>
              <legend>{question.text[lang]}</legend>
              {question.scale.labels[lang].map((label, i) => {
                const v = question.scale.min + i;
                const id = `${question.id}-${v}`;
                return (
                  <span className="check" key={id}>
                    <input
                      type="radio"
                      id={id}
                      name={question.id}
                      value={v}
                      checked={answers[question.id] === v}
                      onChange={() => setAnswers({ ...answers, [question.id]: v })}
                      required
                    />
                    <label htmlFor={id}>{label}</label>
                  </span>
                );
              })}
            </fieldset>
          ))}
          <TextArea
            label={t("survey.answer.comment")}
            value={comment}
            onValue={setComment}
            maxLength={2000}
          />
          {send.isError && <ErrorBox error={send.error} />}
          <Button type="submit" busy={send.isPending}>
            {t("survey.answer.send")}
          </Button>
        </form>
      )}
    </Page>
  );
}
