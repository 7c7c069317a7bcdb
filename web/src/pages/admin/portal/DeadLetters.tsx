// Records the portal refused: read the reason and the record, fix the record, send it again.
import { useState } from "react";
import { type DeadLetter, useFix, useResend } from "../../../api/portal.ts";
import { formatDateTime, useI18n } from "../../../i18n/index.tsx";
import { Button } from "../../../ui/Button.tsx";
import { ErrorBox } from "../../../ui/ErrorBox.tsx";
import { Empty, Success } from "../../../ui/Status.tsx";

function Letter({ d }: { d: DeadLetter }) {
  const { t, lang } = useI18n();
  const [text, setText] = useState(() => JSON.stringify(d.payload, null, 2));
  const [bad, setBad] = useState(false);
  const fix = useFix();
  const resend = useResend();
  const save = () => {
    try {
      fix.mutate({ id: d.id, record: JSON.parse(text) });
      setBad(false);
    } catch {
      setBad(true);
    }
  };
  return (
    <li className="card">
      <p>
        <strong>
          <code>{d.subject}</code>
        </strong>{" "}
        — {t("portal.revision", { n: d.revision })} — {formatDateTime(lang, d.deadAt)}
      </p>
      <p>
        {t("portal.reason")}: {d.reason}
      </p>
      <details>
        <summary>{t("portal.record")}</summary>
        <label className="field">
          <span>{t("portal.editRecord")}</span>
          <textarea
            rows={12}
            value={text}
            onChange={(e) => setText(e.target.value)}
            spellCheck={false}
          />
        </label>
        {bad && <p className="error">{t("portal.notJson")}</p>}
        <Button variant="secondary" small busy={fix.isPending} onClick={save}>
          {t("portal.saveFix")}
        </Button>
        {fix.isError && <ErrorBox error={fix.error} />}
        {fix.isSuccess && <Success>{t("portal.fixed")}</Success>}
      </details>
      <Button small busy={resend.isPending} onClick={() => resend.mutate(d.id)}>
        {t("portal.resend")}
      </Button>
      {resend.isError && <ErrorBox error={resend.error} />}
    </li>
  );
}

export function DeadLetters({ list }: { list: DeadLetter[] }) {
  const { t } = useI18n();
  if (!list.length) return <Empty>{t("portal.noDead")}</Empty>;
  return (
    <ul className="plain">
      {list.map((d) => (
        <Letter key={d.id} d={d} />
      ))}
    </ul>
  );
}
