// The officer's short lists of dossiers on the home page: each a link to the dossier, a badge
// (late or not) and a line under it.
import type { ReactNode } from "react";
import { Link } from "../../router.tsx";

export function NoteList<T extends { code: string }>({
  items,
  late,
  badge,
  note,
  title,
}: {
  items: readonly T[];
  late(d: T): boolean;
  badge(d: T): ReactNode;
  note(d: T): ReactNode;
  /** Shown between the code and the badge. */
  title?(d: T): ReactNode;
}) {
  return (
    <ul className="note-list">
      {items.map((d) => (
        <li key={d.code}>
          <Link to={`/ho-so/${encodeURIComponent(d.code)}`} className="code-link">
            {d.code}
          </Link>{" "}
          {title && <>{title(d)} </>}
          <span className={late(d) ? "badge badge-late" : "badge badge-info"}>{badge(d)}</span>
          <div className="muted small">{note(d)}</div>
        </li>
      ))}
    </ul>
  );
}
