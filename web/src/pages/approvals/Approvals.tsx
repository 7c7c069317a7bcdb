// Leader approvals: dossiers at the approval step, and approved ones whose signed result is to be
// issued; each opens the dossier page, where approve / send back / issue are done.
import { type QueueItem, useQueue } from "../../api/dossiers.ts";
import { useAgencies } from "../../api/identity.ts";
import { useT } from "../../i18n/index.tsx";
import { Page, Section } from "../../ui/Page.tsx";
import { QueryState } from "../../ui/QueryState.tsx";
import { Empty } from "../../ui/Status.tsx";
import { QueueTable } from "../dossiers/QueueTable.tsx";

export default function Approvals() {
  const t = useT();
  const queue = useQueue({ status: "4", limit: 200 }, { refetchInterval: 30_000 });
  const items = queue.data?.items ?? [];
  const waiting = items.filter((i) => i.state === "approval");
  const approved = items.filter((i) => i.state === "approved");
  const agencies = useAgencies();
  const agencyName = (code: string) => agencies.data?.find((a) => a.code === code)?.name ?? code;
  const now = queue.dataUpdatedAt || Date.now();
  const list = (xs: QueueItem[]) =>
    xs.length === 0 ? (
      <Empty>{t("approvals.none")}</Empty>
    ) : (
      <QueueTable items={xs} agencyName={agencyName} now={now} />
    );
  return (
    <Page title={t("approvals.title")} lead={t("approvals.lead")}>
      <QueryState query={queue} isEmpty={() => false}>
        {() => (
          <>
            <Section title={`${t("approvals.waiting")} (${waiting.length})`} id="waiting">
              {list(waiting)}
            </Section>
            <Section title={`${t("approvals.approved")} (${approved.length})`} id="approved">
              {list(approved)}
            </Section>
          </>
        )}
      </QueryState>
    </Page>
  );
}
