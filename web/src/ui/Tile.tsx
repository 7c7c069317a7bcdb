// One figure among the tiles of a summary: its label, the value (a test id reads it) and a note.
import type { ReactNode } from "react";

export function Tile({
  label,
  value,
  testId,
  children,
}: {
  label: ReactNode;
  value: ReactNode;
  testId?: string;
  /** Shown under the value. */
  children?: ReactNode;
}) {
  return (
    <li className="tile">
      <span className="tile-label">{label}</span>
      <strong className="tile-value" data-testid={testId}>
        {value}
      </strong>
      {children}
    </li>
  );
}
