import { useState } from "react";
import { type Agency, useAgencies } from "../../api/identity.ts";
import { useT } from "../../i18n/index.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { fold } from "../../ui/fold.ts";
import { Page, Section } from "../../ui/Page.tsx";
import { Empty, Loading } from "../../ui/Status.tsx";
import { AddAgency } from "./AddAgency.tsx";
import { AgencyDetail } from "./AgencyDetail.tsx";
import { AgencyTree } from "./AgencyTree.tsx";

export default function Agencies() {
  const t = useT();
  const agencies = useAgencies();
  const [selected, setSelected] = useState<string | null>(null);
  const [filter, setFilter] = useState("");
  const list = agencies.data ?? [];
  const current = list.find((a) => a.code === selected) ?? null;
  return (
    <Page title={t("agency.title")} lead={t("agency.lead")}>
      {agencies.isPending ? (
        <Loading />
      ) : agencies.isError ? (
        <ErrorBox error={agencies.error} onRetry={() => agencies.refetch()} />
      ) : (
        <div className="split">
          <Section title={t("agency.tree")} id="tree">
            <div className="field">
              <label htmlFor="agency-filter">{t("agency.filter")}</label>
              <input
                id="agency-filter"
                type="search"
                value={filter}
                onChange={(e) => setFilter(e.target.value)}
                autoComplete="off"
              />
            </div>
            {list.length === 0 ? (
              <Empty>{t("agency.empty")}</Empty>
            ) : (
              <AgencyTree
                agencies={matching(list, filter)}
                selected={selected}
                onSelect={setSelected}
              />
            )}
          </Section>
          <div className="stack">
            <Section title={current ? current.name : t("common.details")} id="detail">
              {current ? (
                <AgencyDetail agency={current} agencies={list} />
              ) : (
                <p className="muted">{t("agency.select")}</p>
              )}
            </Section>
            <Section title={t("agency.add")} id="add">
              <AddAgency agencies={list} parent={selected} />
            </Section>
          </div>
        </div>
      )}
    </Page>
  );
}

/** The agencies whose name or code matches, with their ancestors so the tree keeps its shape. */
function matching(list: Agency[], filter: string): Agency[] {
  const q = fold(filter.trim());
  if (!q) return list;
  const byCode = new Map(list.map((a) => [a.code, a]));
  const keep = new Set<string>();
  for (const a of list) {
    if (!fold(`${a.name} ${a.code}`).includes(q)) continue;
    for (
      let c: Agency | undefined = a;
      c && !keep.has(c.code);
      c = byCode.get(c.mergedInto ?? c.parentCode ?? "")
    )
      keep.add(c.code);
  }
  return list.filter((a) => keep.has(a.code));
}
