import type { LateState } from "../../api/late.ts";
import { useT } from "../../i18n/index.tsx";

/** Where a late dossier's explanation stands: word and colour (never colour alone). */
export function ExplanationBadge({
  s,
}: {
  s: Pick<LateState, "late" | "explanation"> | undefined;
}) {
  const t = useT();
  if (!s) return <span className="muted small">…</span>;
  const st = s.explanation?.status;
  if (st === "signed") return <span className="badge badge-ok">{t("late.state.apologised")}</span>;
  if (st === "drafted")
    return <span className="badge badge-warn">{t("late.state.explained")}</span>;
  // Not late (yet): nothing is missing, so no red badge (near-due dossiers are only warned).
  if (!s.late) return <span className="badge badge-info">{t("late.state.notLate")}</span>;
  return <span className="badge badge-late">{t("late.state.missing")}</span>;
}
