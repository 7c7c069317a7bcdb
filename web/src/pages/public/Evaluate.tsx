// The citizen's evaluation after the result is returned: 9 criteria, each asked in a citizen's
// words with answers worth 2/1/0 (the stored criterion shown beneath), satisfaction on
// convenience and overall, like/dislike, a comment. Keyboard: each criterion is a radio group.
import { type FormEvent, useState } from "react";
import {
  type EvaluationInput,
  type Satisfaction,
  useEvaluate,
  useEvaluation,
  useEvaluationForm,
} from "../../api/feedback.ts";
import { type Key, useI18n } from "../../i18n/index.tsx";
import { Button } from "../../ui/Button.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { TextArea } from "../../ui/Field.tsx";
import { Section } from "../../ui/Page.tsx";
import { Loading, Success } from "../../ui/Status.tsx";

function Radios({
  name,
  legend,
  hint,
  options,
  value,
  onChange,
}: {
  name: string;
  legend: string;
  /** What the question counts for (the stored criterion). */
  hint?: string;
  options: { v: string; label: string }[];
  value: string;
  onChange(v: string): void;
}) {
  return (
    <fieldset className="radio-row" aria-describedby={hint ? `${name}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p className="hint" id={`${name}-hint`}>
          {hint}
        </p>
      )}
      {options.map((o) => (
        <span className="check" key={o.v}>
          <input
            type="radio"
            id={`${name}-${o.v}`}
            name={name}
            value={o.v}
            checked={value === o.v}
            onChange={() => onChange(o.v)}
          />
          <label htmlFor={`${name}-${o.v}`}>{o.label}</label>
        </span>
      ))}
    </fieldset>
  );
}

export function Evaluate({ code, secret }: { code: string; secret: string }) {
  const { t, lang } = useI18n();
  const form = useEvaluationForm();
  const existing = useEvaluation(code, secret);
  const send = useEvaluate(code);
  const [scores, setScores] = useState<Record<string, string>>({});
  const [convenience, setConvenience] = useState("");
  const [overall, setOverall] = useState("");
  const [reaction, setReaction] = useState("");
  const [comment, setComment] = useState("");
  const [missing, setMissing] = useState(false);
  if (form.isPending || existing.isPending) return <Loading />;
  if (form.isError) return <ErrorBox error={form.error} />;
  const f = form.data;
  const done = send.data ?? existing.data;
  if (done)
    return (
      <Section title={t("eval.title")} id="evaluation">
        {send.data && <Success>{t("eval.thanks")}</Success>}
        <p className="eval-total">
          {t("eval.total", { total: done.total, max: f.maxTotal, band: done.bandName[lang] })}
        </p>
      </Section>
    );
  const sat = f.satisfaction.map((s) => ({ v: s, label: t(`eval.sat.${s}` as Key) }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (f.criteria.some((c) => scores[c.id] === undefined) || !convenience || !overall) {
      setMissing(true);
      return;
    }
    setMissing(false);
    send.mutate({
      secret,
      scores: Object.fromEntries(
        f.criteria.map((c) => [c.id, Number(scores[c.id])]),
      ) as EvaluationInput["scores"],
      convenience: convenience as Satisfaction,
      overall: overall as Satisfaction,
      reaction: reaction === "like" || reaction === "dislike" ? reaction : null,
      comment: comment.trim() || undefined,
    });
  };
  return (
    <Section title={t("eval.title")} id="evaluation">
      <p className="muted">{t("eval.lead")}</p>
      <form className="form eval-form" onSubmit={submit} noValidate>
        {f.criteria.map((c, i) => (
          <Radios
            key={c.id}
            name={`c-${c.id}`}
            legend={`${i + 1}. ${c.question[lang]}`}
            hint={t("eval.criterion", { name: c[lang] })}
            options={f.points.map((p) => ({
              v: String(p),
              label: c.answers[p]?.[lang] ?? t(`eval.point.${p}` as Key),
            }))}
            value={scores[c.id] ?? ""}
            onChange={(v) => setScores((s) => ({ ...s, [c.id]: v }))}
          />
        ))}
        {(
          [
            ["convenience", convenience, setConvenience],
            ["overall", overall, setOverall],
          ] as const
        ).map(([name, value, onChange]) => (
          <Radios
            key={name}
            name={name}
            legend={t(`eval.${name}`)}
            options={sat}
            value={value}
            onChange={onChange}
          />
        ))}
        <Radios
          name="reaction"
          legend={t("eval.reaction")}
          options={[
            { v: "like", label: t("eval.like") },
            { v: "dislike", label: t("eval.dislike") },
            { v: "", label: t("eval.none") },
          ]}
          value={reaction}
          onChange={setReaction}
        />
        <TextArea
          label={t("eval.comment")}
          rows={3}
          maxLength={2000}
          value={comment}
          onValue={setComment}
        />
        {missing && (
          <p className="alert alert-error" role="alert">
            {t("eval.missing")}
          </p>
        )}
        {send.isError && <ErrorBox error={send.error} />}
        <Button type="submit" busy={send.isPending}>
          {t("eval.submit")}
        </Button>
      </form>
    </Section>
  );
}
