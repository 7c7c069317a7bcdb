// "Hồ sơ của tôi": the steps handed to this officer by pick-list, soonest step deadline first,
// with the counts of those overdue and those due within a day.
import { useInbox } from "../../api/dossiers.ts";
import { formatDateTime, useI18n } from "../../i18n/index.tsx";
import { Section } from "../../ui/Page.tsx";
import { QueryState } from "../../ui/QueryState.tsx";
import { NoteList } from "./NoteList.tsx";

export function MyInbox() {
  const { t, lang } = useI18n();
  const q = useInbox(true);
  return (
    <Section title={t("inbox.title", { n: q.data?.counts.total ?? "…" })} id="my-inbox">
      <QueryState query={q} empty={t("inbox.none")} isEmpty={(d) => d.counts.total === 0}>
        {(data) => (
          <>
            <p className="muted">
              {t("inbox.counts", { overdue: data.counts.overdue, soon: data.counts.dueSoon })}
            </p>
            <NoteList
              items={data.items}
              title={(d) => <strong>{d.step.name}</strong>}
              late={(d) => d.overdue}
              badge={(d) =>
                t(d.overdue ? "inbox.overdue" : "inbox.due", {
                  at: formatDateTime(lang, d.step.dueAt),
                })
              }
              note={(d) =>
                `${d.stateName[lang]}${d.step.handedBy ? ` · ← ${d.step.handedBy}` : ""}`
              }
            />
          </>
        )}
      </QueryState>
    </Section>
  );
}
