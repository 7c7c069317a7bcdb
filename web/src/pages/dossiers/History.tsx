import type { DossierEvent } from "../../api/dossiers.ts";
import { formatDateTime, type Key, useI18n } from "../../i18n/index.tsx";

/** The few details of an event a reader needs: reasons, notes, items, the new appointment. */
function detail(e: DossierEvent, formName: (no: string) => string): string {
  const d = e.data;
  const parts: string[] = [];
  for (const k of ["name", "reasons", "reason", "note", "resultCode", "itemCode", "location"])
    if (typeof d[k] === "string" && d[k]) parts.push(String(d[k]));
  if (typeof d.form === "string") parts.push(formName(d.form));
  if (Array.isArray(d.items) && d.items.length) parts.push((d.items as string[]).join("; "));
  if (typeof d.assignee === "string" && d.assignee) parts.push(`→ ${d.assignee}`);
  return parts.join(" — ");
}

export function History({ events }: { events: DossierEvent[] }) {
  const { t, lang } = useI18n();
  const formName = (no: string) => {
    const k = `dossier.form.${no}` as Key;
    const s = t(k);
    return s === k ? no : s;
  };
  const label = (type: string, data: Record<string, unknown>) => {
    const k = `dossier.event.${type}` as Key;
    const s = t(k);
    // A postal tracking event names the shipment's new state.
    if (type === "post-tracking" && typeof data.state === "string")
      return `${s}: ${t(`post.track.${data.state}` as Key)}`;
    return s === k ? type : s;
  };
  return (
    <ol className="timeline">
      {[...events].reverse().map((e) => (
        <li key={e.seq}>
          <span className="timeline-date">{formatDateTime(lang, e.at)}</span>{" "}
          <strong>{label(e.type, e.data)}</strong>
          <span className="muted"> · {e.actor === "public" ? t("dossier.citizen") : e.actor}</span>
          {detail(e, formName) && <div className="timeline-detail">{detail(e, formName)}</div>}
        </li>
      ))}
    </ol>
  );
}
