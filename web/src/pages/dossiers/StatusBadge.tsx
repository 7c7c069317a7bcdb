// The national status of a dossier as a badge: finished well (green), waiting on someone (amber),
// stopped or refused (red), in progress (blue).
const TONE: Record<number, string> = {
  1: "badge-info",
  2: "badge-info",
  3: "badge-late",
  4: "badge-info",
  5: "badge-warn",
  6: "badge-warn",
  7: "badge-neutral",
  8: "badge-late",
  9: "badge-ok",
  10: "badge-ok",
};

export function StatusBadge({ status, label }: { status: number; label: string }) {
  return <span className={`badge ${TONE[status] ?? "badge-neutral"}`}>{label}</span>;
}
