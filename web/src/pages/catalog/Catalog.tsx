// The public catalogue: accent-insensitive search (the server folds accents), filters, paging.
import { useEffect, useState } from "react";
import { type OnlineLevel, type ProcedureLevel, useProcedureSearch } from "../../api/catalog.ts";
import { useT } from "../../i18n/index.tsx";
import { navigate, useLocation } from "../../router.tsx";
import { Button } from "../../ui/Button.tsx";
import { ChoiceField, SearchField } from "../../ui/Field.tsx";
import { Filters } from "../../ui/Filters.tsx";
import { Page } from "../../ui/Page.tsx";
import { QueryState } from "../../ui/QueryState.tsx";
import { useDebounced } from "../../ui/useDebounced.ts";
import { ProcedureCard } from "./ProcedureCard.tsx";

const LEVELS: ProcedureLevel[] = ["province", "department", "commune", "vertical", "central"];
const ONLINE: OnlineLevel[] = ["full", "partial", "none"];

export function Catalog() {
  const t = useT();
  const { query } = useLocation();
  const [q, setQ] = useState(query.get("q") ?? "");
  const [level, setLevel] = useState((query.get("cap") ?? "") as ProcedureLevel | "");
  const [online, setOnline] = useState((query.get("truc-tuyen") ?? "") as OnlineLevel | "");
  const dq = useDebounced(q.trim(), 300);
  useEffect(() => {
    const s = new URLSearchParams();
    if (dq) s.set("q", dq);
    if (level) s.set("cap", level);
    if (online) s.set("truc-tuyen", online);
    const qs = s.toString();
    navigate(`/thu-tuc${qs ? `?${qs}` : ""}`, { replace: true });
  }, [dq, level, online]);
  const search = useProcedureSearch({
    q: dq || undefined,
    level: level || undefined,
    onlineLevel: online || undefined,
  });
  const items = search.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Page title={t("catalog.title")} lead={t("catalog.lead")}>
      <Filters single>
        <div className="row">
          <SearchField
            label={t("catalog.search")}
            hint={t("catalog.searchHint")}
            className="input-large"
            autoComplete="off"
            value={q}
            onValue={setQ}
          />
        </div>
        <div className="row">
          <ChoiceField
            all
            label={t("catalog.level")}
            value={level}
            onValue={setLevel}
            values={LEVELS}
            labelOf={(l) => t(`catalog.level.${l}`)}
          />
          <ChoiceField
            all
            label={t("catalog.online")}
            value={online}
            onValue={setOnline}
            values={ONLINE}
            labelOf={(l) => t(`catalog.online.${l}`)}
          />
        </div>
      </Filters>
      <section aria-labelledby="results-h" aria-busy={search.isFetching}>
        <h2 id="results-h" className="results-head">
          {t("catalog.results")}
          {search.isSuccess && (
            <span className="muted" aria-live="polite">
              {" "}
              —{" "}
              {search.hasNextPage
                ? t("catalog.countMore", { n: items.length })
                : t("catalog.count", { n: items.length })}
            </span>
          )}
        </h2>
        <QueryState query={search} empty={t("catalog.none")} isEmpty={() => items.length === 0}>
          {() => (
            <ul className="result-list">
              {items.map((p) => (
                <li key={p.code}>
                  <ProcedureCard p={p} />
                </li>
              ))}
            </ul>
          )}
        </QueryState>
        {search.hasNextPage && (
          <Button
            variant="secondary"
            busy={search.isFetchingNextPage}
            onClick={() => search.fetchNextPage()}
          >
            {t("catalog.more")}
          </Button>
        )}
      </section>
    </Page>
  );
}
