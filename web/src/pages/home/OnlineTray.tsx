// The counter's online tray: dossiers submitted online waiting for reception, with their count,
// oldest first, and how long each has waited in working time (warned past the server's rule),
// and the unit's average wait this month.
import { type UnitReceptionWait, useOnlineTray, useReceptionWait } from "../../api/dossiers.ts";
import { formatDateTime, useI18n } from "../../i18n/index.tsx";
import { Section } from "../../ui/Page.tsx";
import { QueryState } from "../../ui/QueryState.tsx";
import { NoteList } from "./NoteList.tsx";

const hours = (m: number) => Math.round((m / 60) * 10) / 10;

function MonthFigure({ u }: { u: UnitReceptionWait }) {
  const { t } = useI18n();
  if (!u.received) return null;
  return (
    <p className="muted small" data-testid="reception-wait">
      {t("tray.figure", {
        unit: u.unit,
        n: u.received,
        h: hours(u.averageWorkingMinutes ?? 0),
        late: u.receivedLate,
      })}
    </p>
  );
}

export function OnlineTray() {
  const { t, lang } = useI18n();
  const q = useOnlineTray(true);
  const w = useReceptionWait(true);
  const limit = q.data ? q.data.rule.threshold * (q.data.rule.unit === "working-days" ? 8 : 1) : 8;
  return (
    <Section title={t("tray.title", { n: q.data?.count ?? "…" })} id="online-tray">
      {w.data?.units.map((u) => (
        <MonthFigure key={u.unit} u={u} />
      ))}
      <QueryState query={q} empty={t("tray.none")} isEmpty={(d) => d.count === 0}>
        {(data) => (
          <NoteList
            items={data.items}
            late={(d) => d.overdueForReception}
            badge={(d) =>
              t(d.overdueForReception ? "tray.overdue" : "tray.waiting", {
                h: hours(d.waitingWorkingMinutes),
                limit,
              })
            }
            note={(d) => `${t("tray.submitted")}: ${formatDateTime(lang, d.submittedAt)}`}
          />
        )}
      </QueryState>
    </Section>
  );
}
