import { useState } from "react";
import { type ProcedureSummary, useProcedureSearch } from "../../api/catalog.ts";
import { duration } from "../../i18n/format.ts";
import { useT } from "../../i18n/index.tsx";
import { Button } from "../../ui/Button.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { SearchField } from "../../ui/Field.tsx";
import { Empty, Loading } from "../../ui/Status.tsx";
import { useDebounced } from "../../ui/useDebounced.ts";

export function ProcedurePicker({ onPick }: { onPick(p: ProcedureSummary): void }) {
  const t = useT();
  const [q, setQ] = useState("");
  const dq = useDebounced(q.trim(), 250);
  const search = useProcedureSearch({ q: dq || undefined }, 8);
  const items = search.data?.pages[0]?.items ?? [];
  return (
    <div>
      <SearchField
        value={q}
        onValue={setQ}
        label={t("intake.findProcedure")}
        hint={t("catalog.searchHint")}
        autoComplete="off"
        autoFocus
      />
      <div aria-live="polite" className="picker-results">
        {search.isPending ? (
          <Loading />
        ) : search.isError ? (
          <ErrorBox error={search.error} />
        ) : items.length === 0 ? (
          <Empty>{t("catalog.none")}</Empty>
        ) : (
          <ul className="pick-list">
            {items.map((p) => (
              <li key={p.code}>
                <div>
                  <strong>{p.name}</strong>
                  <div className="muted small">
                    <code>{p.code}</code> · {p.field} · {duration(t, p.duration)}
                  </div>
                </div>
                <Button
                  small
                  variant="secondary"
                  onClick={() => onPick(p)}
                  aria-label={`${t("intake.choose")}: ${p.name}`}
                >
                  {t("intake.choose")}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
