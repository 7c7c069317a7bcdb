// The other outgoing channels (notices by e-mail, SMS, Zalo; results to the personal data store
// and by post): what waits, the last error, and the messages refused for good, sent again here.
import { type OutboxChannelStatus, useOutboxResend, useOutboxStatus } from "../../../api/portal.ts";
import { formatDateTime, type Lang, useI18n, useT } from "../../../i18n/index.tsx";
import { Button } from "../../../ui/Button.tsx";
import { ErrorBox } from "../../../ui/ErrorBox.tsx";
import { Section } from "../../../ui/Page.tsx";
import { PlainTable } from "../../../ui/Table.tsx";

type OutChannel = "email" | "sms" | "zalo" | "personal-store" | "post";

function DeadLetters({ c }: { c: OutboxChannelStatus }) {
  const t = useT();
  const resend = useOutboxResend();
  return (
    <>
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
    </>
  );
}

function lastError(c: OutboxChannelStatus, t: ReturnType<typeof useT>, lang: Lang) {
  const retry = c.retrying
    ? ` (${t("portal.retryingValue", { n: c.retrying.attempts, at: formatDateTime(lang, c.retrying.nextAttemptAt) })})`
    : "";
  return `${c.lastError ? `${c.lastError} — ${formatDateTime(lang, c.lastErrorAt)}` : "—"}${retry}`;
}

export function OutboxChannels() {
  const { t, lang } = useI18n();
  const q = useOutboxStatus();
  const others = (q.data?.channels ?? []).filter((c) => c.channel !== "portal");
  if (!others.length) return null;
  return (
    <Section title={t("outbox.title")} id="outbox">
      <PlainTable
        testId="outbox-channels"
        rows={others}
        rowKey={(c) => c.channel}
        columns={[
          {
            header: t("outbox.channel"),
            rowHeader: true,
            cell: (c) => t(`outbox.channel.${c.channel as OutChannel}`),
          },
          { header: t("portal.backlog"), cell: (c) => c.backlog },
          { header: t("outbox.delivered"), cell: (c) => c.deliveredTotal },
          { header: t("portal.lastError"), cell: (c) => lastError(c, t, lang) },
          { header: t("outbox.dead"), cell: (c) => <DeadLetters c={c} /> },
        ]}
      />
    </Section>
  );
}
