// Whether the applicant asked for the result in their personal data store on the national
// portal, and where its push stands (acknowledged only when the store confirmed it).
import { useQuery } from "@tanstack/react-query";
import { get } from "../../api/client.ts";
import { formatDateTime, useI18n } from "../../i18n/index.tsx";
import { Section } from "../../ui/Page.tsx";

interface Delivery {
  channel: string;
  createdAt: string;
  status: "queued" | "acknowledged" | "failed";
  attempts: number;
  ackedAt: string | null;
  reference: string | null;
}

export function ResultDeliveryPanel({ code }: { code: string }) {
  const { t, lang } = useI18n();
  const q = useQuery({
    queryKey: ["result-deliveries", code],
    queryFn: () =>
      get<{ chosen: boolean; deliveries: Delivery[] }>(
        `/api/dossiers/${encodeURIComponent(code)}/result-deliveries`,
      ),
    // While a push waits for the store's confirmation, the page follows it.
    refetchInterval: (query) =>
      query.state.data?.deliveries.some((x) => x.status === "queued") ? 3000 : false,
  });
  if (!q.data?.chosen && !q.data?.deliveries.length) return null;
  const list = q.data.deliveries;
  return (
    <Section title={t("store.title")} id="personal-store">
      {list.length === 0 && <p className="empty">{t("store.waitingResult")}</p>}
      <ul className="component-list" data-testid="result-deliveries">
        {list.map((x) => (
          <li key={`${x.channel}-${x.createdAt}`}>
            <span
              className={`badge ${x.status === "acknowledged" ? "badge-success" : x.status === "failed" ? "badge-danger" : "badge-neutral"}`}
            >
              {t(`store.status.${x.status}`)}
            </span>{" "}
            {x.reference && (
              <span>
                {t("store.receipt")}: <code>{x.reference}</code>{" "}
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
