// A table declared as data: each column a header, the cell's value and how to show it. The reader
// sorts by a column (headers are buttons, aria-sort tells which), filters by typing (accent-
// insensitive over the columns' values) and pages through long lists.
import { type ReactNode, useMemo, useState } from "react";
import { useI18n } from "../i18n/index.tsx";
import { Button } from "./Button.tsx";
import { SearchField } from "./Field.tsx";
import { fold } from "./fold.ts";
import { type CellFormat, type CellValue, compareCells, formatCell } from "./format.ts";
import { Empty } from "./Status.tsx";

export interface Column<T> {
  /** Unique among the columns. */
  key: string;
  header: ReactNode;
  /** The value that is sorted, filtered and (without `render`) shown. */
  value?: (row: T) => CellValue;
  format?: CellFormat;
  /** The cell's content when more than the formatted value is shown (links, badges). */
  render?: (row: T) => ReactNode;
  /** Extra text the filter matches (a name shown under the code, say). */
  search?: (row: T) => string;
  /** Sortable when it has a value, unless set to false. */
  sortable?: boolean;
  className?: string;
}

interface Sort {
  key: string;
  dir: 1 | -1;
}

export interface DataTableProps<T> {
  rows: T[];
  columns: Column<T>[];
  rowKey(row: T): string;
  /** Names the table for screen readers; shown unless `captionHidden`. */
  caption: string;
  captionHidden?: boolean;
  /** A filter box above the table, labelled so. */
  filterLabel?: string;
  pageSize?: number;
  initialSort?: Sort;
  rowClass?(row: T): string | undefined;
  className?: string;
}

export function DataTable<T>({
  rows,
  columns,
  rowKey,
  caption,
  captionHidden,
  filterLabel,
  pageSize = 50,
  initialSort,
  rowClass,
  className,
}: DataTableProps<T>) {
  const { t, lang } = useI18n();
  const [filter, setFilter] = useState("");
  const [sort, setSort] = useState<Sort | null>(initialSort ?? null);
  const [page, setPage] = useState(0);
  const shown = useMemo(() => {
    const q = fold(filter.trim());
    const text = (r: T) =>
      fold(columns.map((c) => `${c.value?.(r) ?? ""} ${c.search?.(r) ?? ""}`).join(" "));
    const kept = q ? rows.filter((r) => text(r).includes(q)) : rows;
    const v = sort && columns.find((c) => c.key === sort.key)?.value;
    if (!sort || !v) return kept;
    return [...kept].sort((a, b) => sort.dir * compareCells(v(a), v(b)));
  }, [rows, columns, filter, sort]);
  const pages = Math.max(1, Math.ceil(shown.length / pageSize));
  const at = Math.min(page, pages - 1);
  const slice = shown.slice(at * pageSize, (at + 1) * pageSize);
  const toggle = (key: string) => {
    setSort((s) => (s?.key === key ? { key, dir: s.dir === 1 ? -1 : 1 } : { key, dir: 1 }));
    setPage(0);
  };
  const cell = (c: Column<T>, r: T) =>
    c.render ? c.render(r) : formatCell(c.format ?? "text", c.value?.(r), lang);
  return (
    <div className="data-table">
      {filterLabel && (
        <SearchField
          label={filterLabel}
          value={filter}
          onValue={(v) => {
            setFilter(v);
            setPage(0);
          }}
        />
      )}
      {shown.length === 0 ? (
        <Empty>{t("kit.noMatch")}</Empty>
      ) : (
        <div className="table-wrap">
          <table className={`table ${className ?? ""}`}>
            <caption className={captionHidden ? "sr-only" : "table-caption"}>{caption}</caption>
            <thead>
              <tr>
                {columns.map((c) => {
                  const sortable = c.sortable ?? !!c.value;
                  const dir = sort?.key === c.key ? sort.dir : 0;
                  return (
                    <th
                      key={c.key}
                      scope="col"
                      className={
                        c.format === "number" || c.format === "money" || c.className === "num"
                          ? "num"
                          : undefined
                      }
                      aria-sort={dir === 1 ? "ascending" : dir === -1 ? "descending" : undefined}
                    >
                      {sortable ? (
                        <button type="button" className="th-sort" onClick={() => toggle(c.key)}>
                          {c.header}
                          <span aria-hidden="true">
                            {dir === 1 ? " ▲" : dir === -1 ? " ▼" : ""}
                          </span>
                        </button>
                      ) : (
                        c.header
                      )}
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {slice.map((r) => (
                <tr key={rowKey(r)} className={rowClass?.(r)}>
                  {columns.map((c) => (
                    <td
                      key={c.key}
                      className={
                        c.className ??
                        (c.format === "number" || c.format === "money"
                          ? "num"
                          : c.format === "date" || c.format === "datetime"
                            ? "nowrap"
                            : undefined)
                      }
                    >
                      {cell(c, r)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && (
        <nav className="pager" aria-label={caption}>
          <Button small variant="secondary" disabled={at === 0} onClick={() => setPage(at - 1)}>
            {t("kit.prev")}
          </Button>
          <span aria-live="polite">
            {t("kit.page", { page: at + 1, pages })} ·{" "}
            {t("kit.rows", {
              from: at * pageSize + 1,
              to: at * pageSize + slice.length,
              n: shown.length,
            })}
          </span>
          <Button
            small
            variant="secondary"
            disabled={at >= pages - 1}
            onClick={() => setPage(at + 1)}
          >
            {t("kit.next")}
          </Button>
        </nav>
      )}
    </div>
  );
}
