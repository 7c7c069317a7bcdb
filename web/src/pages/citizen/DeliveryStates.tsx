// What was sent to the applicant (notices by e-mail, SMS, Zalo) and where the result stands on its
// way to them (pushed to the personal data store; by post, with the item code and its tracking).
import type { ApplicantDeliveries } from "../../api/citizen.ts";
import { formatDateTime, useI18n } from "../../i18n/index.tsx";

const KINDS = ["received", "complete", "fee-due", "result-ready", "apology", "complaint-answered"];

export function DeliveryStates({ d }: { d: ApplicantDeliveries }) {
  const { t, lang } = useI18n();
  if (!d.notices.length && !d.results.length) return <>—</>;
  return (
    <ul className="plain" data-testid="delivery-states">
      {d.notices.map((n) => (
        <li
          key={`${n.kind}-${n.channel}-${n.at}`}
          data-notice={`${n.kind}:${n.channel}:${n.status}`}
        >
          {t(`outbox.channel.${n.channel as "email" | "sms" | "zalo"}`)}:{" "}
          {KINDS.includes(n.kind) ? t(`my.notice.${n.kind as "received"}`) : n.kind} —{" "}
          {t(`notices.status.${n.status}`)} <small>{formatDateTime(lang, n.at)}</small>
        </li>
      ))}
      {d.results.map((r) => (
        <li key={r.channel} data-result={`${r.channel}:${r.status}`}>
          {t(`delivery.${r.channel}`)}:{" "}
          {t(r.channel === "post" ? `post.status.${r.status}` : `store.status.${r.status}`)}
          {r.reference && (
            <>
              {" "}
              ({t(r.channel === "post" ? "post.itemCode" : "store.receipt")}:{" "}
              <code>{r.reference}</code>)
            </>
          )}
          {r.tracking && (
            <>
              {" "}
              —{" "}
              <strong data-testid="my-post-tracking">{t(`post.track.${r.tracking.state}`)}</strong>{" "}
              <small>{formatDateTime(lang, r.tracking.at)}</small>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
