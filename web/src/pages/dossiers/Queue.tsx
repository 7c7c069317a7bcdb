// The handling officer's work queue: dossiers in scope, soonest deadline first, coloured by
// where each stands (late, due today, due soon, on track); refreshed every 30 seconds.
import { useState } from "react";
import { useQueue } from "../../api/dossiers.ts";
import { useAgencies } from "../../api/identity.ts";
import { useI18n } from "../../i18n/index.tsx";
import { CheckField, Options, SearchField, SelectField } from "../../ui/Field.tsx";
import { Filters } from "../../ui/Filters.tsx";
import { Page } from "../../ui/Page.tsx";
import { QueryState } from "../../ui/QueryState.tsx";
import { useDebounced } from "../../ui/useDebounced.ts";
import { DeadlineLegend } from "./DeadlineBadge.tsx";
import { QueueTable } from "./QueueTable.tsx";
import { RegisterExport } from "./RegisterExport.tsx";

const GROUPS = {
  open: "1,2,4,5,6",
  waiting: "1",
  paused: "5,6",
  done: "9,10",
  closed: "3,7,8",
} as const;
type Group = keyof typeof GROUPS;

export default function Queue() {
  const { t, lang } = useI18n();
  const [group, setGroup] = useState<Group>("open");
  const [late, setLate] = useState(false);
  const [q, setQ] = useState("");
  const dq = useDebounced(q.trim().toUpperCase(), 300);
  const queue = useQueue(
    { status: GROUPS[group], late: late ? "true" : undefined, q: dq || undefined, limit: 100 },
    { refetchInterval: 30_000 },
  );
  const items = queue.data?.items ?? [];
  const agencies = useAgencies();
  const agencyName = (code: string) => agencies.data?.find((a) => a.code === code)?.name ?? code;
  return (
    <Page title={t("queue.title")} lead={t("queue.lead")}>
      <Filters after={<DeadlineLegend />}>
        <SelectField
          label={t("queue.filterState")}
          value={group}
          onValue={(v) => setGroup(v as Group)}
        >
          <Options items={Object.keys(GROUPS) as Group[]} label={(g) => t(`queue.state.${g}`)} />
        </SelectField>
        <SearchField
          value={q}
          onValue={setQ}
          label={t("queue.search")}
          hint={t("queue.searchHint")}
          spellCheck={false}
          autoComplete="off"
        />
        <CheckField
          id="late-only"
          className="check-field"
          label={t("queue.lateOnly")}
          checked={late}
          onCheck={setLate}
        />
      </Filters>
      <RegisterExport />
      <section className="card" aria-labelledby="queue-h" aria-busy={queue.isFetching}>
        <h2 id="queue-h" className="results-head">
          {queue.data
            ? queue.data.nextCursor
              ? t("queue.countMore", { n: items.length })
              : t("queue.count", { n: items.length })
            : t("queue.title")}
          {queue.dataUpdatedAt > 0 && (
            <span className="muted small">
              {" "}
              ·{" "}
              {t("queue.refreshed", {
                time: new Date(queue.dataUpdatedAt).toLocaleTimeString(
                  lang === "vi" ? "vi-VN" : "en-GB",
                  { timeZone: "Asia/Ho_Chi_Minh", hourCycle: "h23" },
                ),
              })}
            </span>
          )}
        </h2>
        <QueryState query={queue} empty={t("queue.none")} isEmpty={() => items.length === 0}>
          {() => (
            <QueueTable
              items={items}
              agencyName={agencyName}
              now={queue.dataUpdatedAt || Date.now()}
            />
          )}
        </QueryState>
      </section>
    </Page>
  );
}
