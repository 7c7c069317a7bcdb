// How the applicant asked to receive the result beyond the counter — in their personal data
// store on the national portal, by post — and where each stands (the store's confirmation and
// receipt; the shipment's item code for tracking).
import { useQuery } from "@tanstack/react-query";
import { get } from "../../api/client.ts";
import { formatDateTime, useI18n } from "../../i18n/index.tsx";
import { Section } from "../../ui/Page.tsx";

interface Delivery {
  channel: "personal-store" | "post";
  createdAt: string;
  status: "queued" | "acknowledged" | "failed";
  attempts: number;
  ackedAt: string | null;
  reference: string | null;
  tracking: { state: PostState; at: string; location: string } | null;
}

type PostState = "accepted" | "in-transit" | "out-for-delivery" | "delivered" | "returned";

export function ResultDeliveryPanel({ code }: { code: string }) {
  const { t, lang } = useI18n();
  const q = useQuery({
    queryKey: ["result-deliveries", code],
    queryFn: () =>
      get<{ chosen: ("personal-store" | "post")[]; deliveries: Delivery[] }>(
        `/api/dossiers/${encodeURIComponent(code)}/result-deliveries`,
      ),
    // While a push waits for the store's confirmation, the page follows it.
    refetchInterval: (query) =>
      query.state.data?.deliveries.some(
        (x) =>
          x.status === "queued" ||
          (x.channel === "post" && !["delivered", "returned"].includes(x.tracking?.state ?? "")),
      )
        ? 5000
        : false,
  });
  if (!q.data?.chosen.length && !q.data?.deliveries.length) return null;
  const list = q.data.deliveries;
  return (
    <Section title={t("store.title")} id="personal-store">
      {list.length === 0 && (
        <p className="empty">
          {q.data.chosen.map((c) => t(`delivery.${c}`)).join(", ")}: {t("store.waitingResult")}
        </p>
      )}
      <ul className="component-list" data-testid="result-deliveries">
        {list.map((x) => (
          <li key={`${x.channel}-${x.createdAt}`}>
            <span>{t(`delivery.${x.channel}`)}</span>{" "}
            <span
              className={`badge ${x.status === "acknowledged" ? "badge-success" : x.status === "failed" ? "badge-danger" : "badge-neutral"}`}
            >
              {t(x.channel === "post" ? `post.status.${x.status}` : `store.status.${x.status}`)}
            </span>{" "}
            {x.reference && (
              <span>
                {t(x.channel === "post" ? "post.itemCode" : "store.receipt")}:{" "}
                <code>{x.reference}</code>{" "}
              </span>
            )}
            {x.tracking && (
              <span data-testid="post-tracking">
                {t("post.tracking")}: <strong>{t(`post.track.${x.tracking.state}`)}</strong> (
                {x.tracking.location}, {formatDateTime(lang, x.tracking.at)}){" "}
              </span>
            )}
            {x.status === "queued" && x.attempts > 0 && (
              <span>{t("store.attempts", { n: x.attempts })} </span>
            )}
            <small>{formatDateTime(lang, x.ackedAt ?? x.createdAt)}</small>
          </li>
        ))}
      </ul>
    </Section>
  );
}
