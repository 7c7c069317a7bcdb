// The other outgoing channels (notices by e-mail, SMS, Zalo; results to the personal data store
// and by post): what waits, the last error, and the messages refused for good, sent again here.
import { type OutboxChannelStatus, useOutboxResend, useOutboxStatus } from "../../../api/portal.ts";
import { formatDateTime, useI18n } from "../../../i18n/index.tsx";
import { Button } from "../../../ui/Button.tsx";
import { ErrorBox } from "../../../ui/ErrorBox.tsx";
import { Section } from "../../../ui/Page.tsx";

type OutChannel = "email" | "sms" | "zalo" | "personal-store" | "post";

function Channel({ c }: { c: OutboxChannelStatus }) {
  const { t, lang } = useI18n();
  const resend = useOutboxResend();
  return (
    <tr data-channel={c.channel}>
      <th scope="row">{t(`outbox.channel.${c.channel as OutChannel}`)}</th>
      <td>{c.backlog}</td>
      <td>{c.deliveredTotal}</td>
      <td>
        {c.lastError ? `${c.lastError} — ${formatDateTime(lang, c.lastErrorAt)}` : "—"}
        {c.retrying &&
          ` (${t("portal.retryingValue", { n: c.retrying.attempts, at: formatDateTime(lang, c.retrying.nextAttemptAt) })})`}
      </td>
      <td>
        {c.deadLetterList.length === 0 && "—"}
        <ul className="plain">
          {c.deadLetterList.map((d) => (
            <li key={d.id}>
              <code>{d.subject}</code>: {d.reason}{" "}
              <Button small busy={resend.isPending} onClick={() => resend.mutate(d.id)}>
                {t("portal.resend")}
              </Button>
            </li>
          ))}
        </ul>
        {resend.isError && <ErrorBox error={resend.error} />}
      </td>
    </tr>
  );
}

export function OutboxChannels() {
  const { t } = useI18n();
  const q = useOutboxStatus();
  const others = (q.data?.channels ?? []).filter((c) => c.channel !== "portal");
  if (!others.length) return null;
  return (
    <Section title={t("outbox.title")} id="outbox">
      <table className="table" data-testid="outbox-channels">
        <thead>
          <tr>
            <th scope="col">{t("outbox.channel")}</th>
            <th scope="col">{t("portal.backlog")}</th>
            <th scope="col">{t("outbox.delivered")}</th>
            <th scope="col">{t("portal.lastError")}</th>
            <th scope="col">{t("outbox.dead")}</th>
          </tr>
        </thead>
        <tbody>
          {others.map((c) => (
            <Channel key={c.channel} c={c} />
          ))}
        </tbody>
      </table>
    </Section>
  );
}
