// A plain table declared as data, for short lists shown whole (no sorting, filter or pages): each
// column a header and how to draw its cell. Headers carry scope="col"; a caption names the table.
import type { ReactNode } from "react";

export interface PlainColumn<T> {
  header: ReactNode;
  cell(row: T, index: number): ReactNode;
  className?: string;
  /** The cell names its row (th scope="row"). */
  rowHeader?: boolean;
  /** data-testid of each cell of the column. */
  testId?: string;
  /** A number column: header and cells aligned right. */
  num?: boolean;
}

export function PlainTable<T>({
  rows,
  columns,
  rowKey,
  caption,
  captionHidden,
  label,
  className,
  rowClass,
  cellLabels,
  wrap,
  testId,
}: {
  rows: readonly T[];
  columns: PlainColumn<T>[];
  rowKey(row: T): string | number;
  caption?: string;
  captionHidden?: boolean;
  /** Names the table without a caption. */
  label?: string;
  className?: string;
  rowClass?(row: T): string | undefined;
  /** Each cell repeats its header (data-label) for the narrow-screen layout. */
  cellLabels?: boolean;
  /** Inside a horizontally scrolling box. */
  wrap?: boolean;
  testId?: string;
}) {
  const table = (
    <table
      className={className ? `table ${className}` : "table"}
      aria-label={label}
      data-testid={testId}
    >
      {caption && <caption className={captionHidden ? "sr-only" : undefined}>{caption}</caption>}
      <thead>
        <tr>
          {columns.map((c, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed
            <th key={i} scope="col" className={c.num ? "num" : undefined}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, n) => (
          <tr key={rowKey(r)} className={rowClass?.(r)}>
            {columns.map((c, i) => {
              const Cell = c.rowHeader ? "th" : "td";
              return (
                <Cell
                  // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed
                  key={i}
                  scope={c.rowHeader ? "row" : undefined}
                  className={c.num ? "num" : c.className}
                  data-label={cellLabels && typeof c.header === "string" ? c.header : undefined}
                  data-testid={c.testId}
                >
                  {c.cell(r, n)}
                </Cell>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return wrap ? <div className="table-wrap">{table}</div> : table;
}
