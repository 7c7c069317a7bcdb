// Results issued but not collected: past the rule's working days (data on the server), oldest
// first, with how long each has waited, for the counter to contact the applicant.
import { useUncollected } from "../../api/dossiers.ts";
import { formatDateTime, useI18n } from "../../i18n/index.tsx";
import { Section } from "../../ui/Page.tsx";
import { QueryState } from "../../ui/QueryState.tsx";
import { Empty } from "../../ui/Status.tsx";
import { NoteList } from "./NoteList.tsx";

/** Working days and hours of an 8-hour working day, as a person reads them. */
const days = (m: number) => ({ d: Math.floor(m / 480), h: Math.round(((m % 480) / 60) * 10) / 10 });

export function UncollectedResults() {
  const { t, lang } = useI18n();
  const q = useUncollected(true);
  return (
    <Section title={t("uncollected.title", { n: q.data?.count ?? "…" })} id="uncollected">
      <QueryState query={q} isEmpty={() => false}>
        {(data) => (
          <>
            <p className="muted small">{t("uncollected.rule", { n: data.rule.threshold })}</p>
            {data.count === 0 ? (
              <Empty>{t("uncollected.none")}</Empty>
            ) : (
              <NoteList
                items={data.items}
                late={() => true}
                badge={(d) => t("uncollected.waited", days(d.waitingWorkingMinutes))}
                note={(d) => `${t("uncollected.issued")}: ${formatDateTime(lang, d.issuedAt)}`}
              />
            )}
          </>
        )}
      </QueryState>
    </Section>
  );
}
