// The notices sent to the applicant about this dossier and their delivery.
import { useQuery } from "@tanstack/react-query";
import { get } from "../../api/client.ts";
import { formatDateTime, useI18n } from "../../i18n/index.tsx";
import { Section } from "../../ui/Page.tsx";

interface Notice {
  kind: string;
  channel: string;
  createdAt: string;
  status: "queued" | "sent" | "failed";
  attempts: number;
  sentAt: string | null;
}

export function NoticesPanel({ code }: { code: string }) {
  const { t, lang } = useI18n();
  const q = useQuery({
    queryKey: ["notices", code],
    queryFn: () => get<{ notices: Notice[] }>(`/api/dossiers/${encodeURIComponent(code)}/notices`),
  });
  const list = q.data?.notices ?? [];
  return (
    <Section title={t("notices.title")} id="notices">
      {list.length === 0 && <p className="empty">{t("notices.none")}</p>}
      <ul className="component-list" data-testid="notices">
        {list.map((n) => (
          <li key={`${n.kind}-${n.channel}-${n.createdAt}`}>
            <span>
              {n.kind} · {n.channel}
            </span>{" "}
            <span
              className={`badge ${n.status === "sent" ? "badge-success" : n.status === "failed" ? "badge-danger" : "badge-neutral"}`}
            >
              {t(`notices.status.${n.status}`)}
            </span>{" "}
            <small>{formatDateTime(lang, n.sentAt ?? n.createdAt)}</small>
          </li>
        ))}
      </ul>
    </Section>
  );
}
